// Facts about RDS engines several rules share.

/**
 * Administrator names the consoles and tutorials propose (AWS console: admin for MySQL, MariaDB and Aurora MySQL,
 * postgres for PostgreSQL; Prowler's rds_*_default_admin checks flag those two). root, sa, master and administrator
 * are the other names password-spraying tools try first.
 */
export const DEFAULT_ADMIN_USERNAMES = ['admin', 'postgres', 'root', 'sa', 'master', 'administrator'] as const
