// EKS Kubernetes versions past the end of extended support, as of VERSION_LIST_TAKEN.
//
// Source: the release calendar of the Amazon EKS user guide ("Understand the Kubernetes version lifecycle on EKS":
// 14 months of standard support, then 12 of extended support), as endoflife.date/amazon-eks copies it: extended
// support ended for 1.28 on 2025-11-26, 1.29 on 2026-03-23, 1.30 on 2026-07-23 and 1.31 on 2026-11-26; 1.32 runs
// to 2027-03-23. Rules are pure, so the list does not move with the clock: when 1.32's date passes, add it and
// bump VERSION_LIST_TAKEN.
export const VERSION_LIST_TAKEN = '2026-12-03'

/** 1.10 … 1.31: the schema's Version pattern is 1.NN, and every version before 1.32 is out of support. */
export const UNSUPPORTED_EKS_VERSIONS: readonly string[] = Array.from({ length: 22 }, (_, i) => `1.${10 + i}`)
