package org.cardhub.api.docs;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Payara's generated document gets wrong, put right: it writes every attribute of a {@code @Schema}
 * annotation, defaults included ({@code maxProperties: 0} would allow only an empty object); it keeps the
 * regular expression of a JAX-RS path template ({@code /cards/{id: [0-9]{1,18}}}), which OpenAPI paths
 * may not carry; and it marks path parameters optional, which they never are.
 * Flags that are false by default are left out as well.
 */
public class PayaraOutputFixes implements OASFilter {

    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{(\\w+)\\s*:[^/]*}(?=/|$)");
    private static final Integer ZERO = 0;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> renamed = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> renamed.put(TEMPLATE_REGEX.matcher(path).replaceAll("{$1}"), item));
        paths.setPathItems(renamed);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null);
        }
        return operation;
    }

    @Override
    public Header filterHeader(Header header) {
        if (Boolean.FALSE.equals(header.getRequired())) {
            header.setRequired(null);
        }
        if (Boolean.FALSE.equals(header.getDeprecated())) {
            header.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(header.getAllowEmptyValue())) {
            header.setAllowEmptyValue(null);
        }
        return header;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (ZERO.equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (ZERO.equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (ZERO.equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (ZERO.equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }
}
