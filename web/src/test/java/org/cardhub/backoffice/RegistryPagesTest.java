package org.cardhub.backoffice;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.organizations.entity.InvalidRequisiteException;
import org.cardhub.organizations.entity.OrganizationDraft;
import org.cardhub.organizations.entity.RequisiteProblem;
import org.cardhub.registry.entity.CardQuery;
import org.cardhub.registry.entity.RegistryRefusal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry pages' own rules: how a full number is shown, where a problem is said, and that every word exists. */
class RegistryPagesTest {

    @Test
    void aFullNumberIsShownInGroupsOfFour() {
        assertThat(CardSheetView.grouped("7005990000000051")).isEqualTo("7005 9900 0000 0051");
        assertThat(CardSheetView.grouped("7005990000000000051")).isEqualTo("7005 9900 0000 0000 051");
    }

    @Test
    void anOrganisationProblemIsSaidAtItsInput() {
        assertThat(RegistryRefusals.inputOf(OrganizationDraft.Field.KPP)).isEqualTo("kpp");
        assertThat(RegistryRefusals.inputOf(OrganizationDraft.Field.TIME_ZONE)).isEqualTo("timeZone");
    }

    @Test
    void anAddressParameterIsAnIdOrNothing() {
        assertThat(CardSheetView.idOf(" 42 ")).isEqualTo(42L);
        assertThat(CardSheetView.idOf("42;drop")).isNull();
        assertThat(CardSheetView.idOf(null)).isNull();
    }

    @Test
    void everyMessageThePagesAskForIsThereInRussianAndEnglish() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.concat(Arrays.stream(InvalidRequisiteException.Code.values()).map(Enum::name),
                        Arrays.stream(RequisiteProblem.values()).map(Enum::name))
                .filter(code -> !code.equals("FORM_REQUISITES")).forEach(code -> keys.add("onboarding.error." + code));
        Stream.of("FORM_REQUIRED", "NAME_REQUIRED", "NAME_TOO_LONG", "BIK_REQUIRED", "ACCOUNT_REQUIRED", "TIME_ZONE_UNKNOWN")
                .forEach(code -> keys.add("onboarding.error." + code));
        Arrays.stream(RegistryRefusal.Code.values()).forEach(code -> keys.add("bo.error." + code));
        Arrays.stream(ContractKind.values()).forEach(kind -> keys.add("bo.contractKind." + kind));
        Arrays.stream(ContractStatus.values()).forEach(status -> keys.add("bo.contractStatus." + status));
        Arrays.stream(ContractStatus.values()).forEach(status -> keys.add("bo.contract.to." + status));
        Arrays.stream(BalanceModel.values()).forEach(model -> keys.add("bo.balanceModel." + model));
        Arrays.stream(Funding.values()).forEach(funding -> keys.add("bo.funding." + funding));
        Arrays.stream(BlockReason.values()).forEach(reason -> keys.add("bo.card.blockReason." + reason));
        Arrays.stream(CardQuery.Kind.values()).forEach(kind -> keys.add("bo.cards.searched." + kind));
        Stream.of("block", "unblock", "reissue").forEach(action -> keys.add("bo.card.action." + action));
        Stream.of("blocked", "unblocked", "reissued").forEach(done -> keys.add("bo.card." + done));
        OrganizationRegistryView.TIME_ZONES.forEach(zone -> keys.add("onboarding.zone." + zone));
        keys.add("bo.org.error.INN_KPP_TAKEN");
        for (String language : List.of("ru", "en")) {
            Properties messages = bundle(language);
            assertThat(keys).as(language).allMatch(messages::containsKey);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(RegistryPagesTest.class.getResourceAsStream(
                "/org/cardhub/cabinet/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
