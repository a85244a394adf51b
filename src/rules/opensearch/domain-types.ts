// The two CloudFormation types of a search domain: OpenSearch Service domains and the legacy Elasticsearch domains
// (still created by aws_elasticsearch_domain). Their security options share property names; only the cluster
// configuration differs (ClusterConfig against ElasticsearchClusterConfig).
export const SEARCH_DOMAIN_TYPES = ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain']
