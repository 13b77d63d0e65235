package org.cardhub.api.docs;

import org.cardhub.api.CardList;
import org.cardhub.api.ContractList;
import org.cardhub.partners.entity.BalanceView;
import org.cardhub.partners.entity.CardView;
import org.cardhub.partners.entity.ContractView;
import org.cardhub.partners.entity.FeedEntry;
import org.cardhub.partners.entity.FeedPage;
import org.cardhub.partners.entity.LimitView;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Schemas of the views the partner API answers with, read off the records themselves (JSON-B writes a
 * record's components under their names; null members are left out). Payara scans only the web module,
 * so without this the EJB module's views would be documented as bare objects. Operations refer to them
 * by name, e.g. {@code @Schema(ref = "CardView")}.
 */
public class ViewSchemas implements OASModelReader {

    private static final Map<Class<? extends Record>, String> VIEWS = Map.of(
            ContractList.class, "A page of the contracts the partner serves; offset is how many were skipped",
            CardList.class, "A page of a contract's cards; offset is how many were skipped",
            ContractView.class, "A contract the partner serves, with the balances of the contract's own accounts",
            CardView.class, "A card: masked number only, state, holder, the purses it draws on (the contract's for "
                    + "pooled contracts) and the limits that apply to it; expiresOn is a date (YYYY-MM-DD)",
            BalanceView.class, "One purse: amounts are decimal strings in its unit (roubles for RUB, litres for LITRE)",
            LimitView.class, "A spending limit: value is roubles for MONEY, litres for VOLUME, a number of purchases "
                    + "for COUNT; appliesTo is CARD or CONTRACT",
            FeedPage.class, "A page of a feed, newest first; nextCursor fetches older entries and is absent on the last page",
            FeedEntry.class, "One movement: amount (roubles) and volume (litres) are the net change to the subject's "
                    + "purses, negative for spending, positive for top-ups and refunds");

    @Override
    public OpenAPI buildModel() {
        Components components = OASFactory.createComponents();
        VIEWS.forEach((view, description) ->
                components.addSchema(view.getSimpleName(), schemaOf(view).description(description)));
        return OASFactory.createOpenAPI().components(components);
    }

    static Schema schemaOf(Class<? extends Record> view) {
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        for (RecordComponent component : view.getRecordComponents()) {
            schema.addProperty(component.getName(), schemaOf(component.getGenericType()));
        }
        return schema;
    }

    private static Schema schemaOf(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(schemaOf(list.getActualTypeArguments()[0]));
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return OASFactory.createSchema().ref(record.getSimpleName());
        }
        if (type == long.class || type == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (type == int.class || type == Integer.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (type == boolean.class || type == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (type == Instant.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (type == String.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        throw new IllegalArgumentException("No schema for " + type + "; add it here");
    }
}
