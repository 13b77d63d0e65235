// The document is the one Payara's MicroProfile OpenAPI serves for the whole server.
window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true
});
