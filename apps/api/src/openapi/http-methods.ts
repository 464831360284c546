/** The methods an OpenAPI path item may hold, in the order the document lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;
