package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.CardGroups;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.FleetCard;
import org.cardhub.fleet.entity.CardDetail;
import org.cardhub.fleet.entity.CardEvent;
import org.cardhub.fleet.entity.CardLimit;
import org.cardhub.fleet.entity.LimitRights;
import org.cardhub.limits.boundary.Allowances;
import org.cardhub.limits.boundary.LimitTemplates;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.Allowance;
import org.cardhub.limits.entity.InvalidLimitException;
import org.cardhub.limits.entity.LimitDraft;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.LimitRule;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.cardhub.refusal.Refusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A fleet manager edits a card's limits and restrictions, sees beforehand what the card could still spend today, and
 * applies a limit template to a card group — all or nothing; bad input, a missing right and another company's cards
 * change nothing; a saved limit holds for the next purchase.
 */
@ExtendWith(ArquillianExtension.class)
class FleetLimitsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsFleetManager fleet;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    Cards cards;

    @EJB
    CardGroups cardGroups;

    @EJB
    Limits limits;

    @EJB
    Allowances allowances;

    @EJB
    LimitTemplates templates;

    @EJB
    FleetCard fleetCard;

    @EJB
    Payments payments;

    @EJB
    AuditLog audit;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void theManagerSeesWhatANewDailyLimitLeavesTodayBeforeSavingItAndTheNextPurchaseMeetsIt() throws Exception {
        Contract contract = ownContract();
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "50000.00"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        SpendingLimit daily = fleet.call(() -> limits.addLimit(contract.id(), card.id(),
                LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, rub("10000.00"), List.of())));
        fleet.call(() -> limits.addLimit(contract.id(), card.id(),
                LimitRule.of(LimitMeasure.VOLUME, LimitPeriod.DAY, litres("150.000"), List.of("FUEL"))));
        assertThat(payments.purchase(Fixtures.key("t"), fuel(card, "1500.00", "30.000"), "t").isApproved()).isTrue();

        Allowance now = fleet.call(() -> allowances.today(card.id(), LimitDraft.NONE));
        Allowance lower = fleet.call(() -> allowances.today(card.id(), new LimitDraft(daily.id(),
                LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, rub("2000.00"), List.of()), false)));
        Allowance contractWide = fleet.call(() -> allowances.today(card.id(), new LimitDraft(null,
                LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, rub("2200.00"), List.of()), true)));

        assertThat(now.money()).contains(rub("8500.00"));
        assertThat(now.litres()).contains(litres("120.000"));
        assertThat(now.balance()).isEqualTo(rub("48500.00"));
        assertThat(lower.money()).as("2 000 a day less the 1 500 spent").contains(rub("500.00"));
        assertThat(contractWide.money()).as("the contract's 2 200 less its cards' 1 500").contains(rub("700.00"));
        assertThat(fleet.call(() -> fleetCard.detail(card.id())).limits()).as("a preview saves nothing")
                .extracting(CardLimit::amount).contains(rub("10000.00"));

        fleet.call(() -> limits.changeLimit(daily.id(), LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, rub("2000.00"), List.of())));
        Outcome over = payments.purchase(Fixtures.key("t"), fuel(card, "600.00", "10.000"), "t");
        Outcome within = payments.purchase(Fixtures.key("t"), fuel(card, "500.00", "10.000"), "t");

        assertThat(over.code()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(within.isApproved()).isTrue();
        CardDetail saved = fleet.call(() -> fleetCard.detail(card.id()));
        assertThat(saved.limits()).extracting(CardLimit::measure, CardLimit::amount)
                .contains(tuple(LimitMeasure.MONEY, rub("2000.00")));
        CardEvent change = saved.history().get(0);
        assertThat(change.limitBefore().amount()).isEqualTo(rub("10000.00"));
        assertThat(change.limitAfter().amount()).isEqualTo(rub("2000.00"));
        assertThat(change.actor()).isEqualTo("fleet");
        assertThat(fleet.call(() -> allowances.today(card.id(), LimitDraft.NONE)).money()).contains(rub("0.00"));
    }

    @Test
    void badLimitsAndRestrictionsAreRefusedWithTheirCodeAndNothingIsSaved() throws Exception {
        Contract contract = ownContract();
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        SpendingLimit daily = fleet.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.MONEY, LimitPeriod.DAY,
                10_000_00, List.of()));
        asFleet(() -> limits.allowCategories(card.id(), List.of("FUEL", "CAR_WASH")));
        CardDetail before = fleet.call(() -> fleetCard.detail(card.id()));

        assertThat(codeOf(() -> fleet.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.MONEY,
                LimitPeriod.DAY, 0, List.of())))).isEqualTo("LIMIT_NOT_POSITIVE");
        assertThat(codeOf(() -> fleet.call(() -> limits.changeLimit(daily.id(), -500)))).isEqualTo("LIMIT_NOT_POSITIVE");
        assertThat(codeOf(() -> Amount.parse("1234.567", Currency.RUB))).isEqualTo("AMOUNT_SCALE");
        assertThat(codeOf(() -> Amount.parse("12.3456", Currency.LITRE))).isEqualTo("AMOUNT_SCALE");
        assertThat(codeOf(() -> fleet.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.MONEY,
                LimitPeriod.DAY, 100_00, List.of("BUFFET"))))).as("a school category on a fuel card").isEqualTo("CATEGORY_NOT_ALLOWED");
        assertThat(codeOf(() -> fleet.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.MONEY,
                LimitPeriod.DAY, 100_00, List.of("ALCOHOL"))))).isEqualTo("CATEGORY_UNKNOWN");
        assertThat(codeOf(() -> fleet.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.MONEY,
                LimitPeriod.WEEK, 100_00, List.of("HOTEL"))))).as("a hotel the card may not buy").isEqualTo("LIMIT_OUTSIDE_RESTRICTION");
        assertThat(codeOf(() -> fleet.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.COUNT,
                LimitPeriod.TRANSACTION, 2, List.of())))).isEqualTo("COUNT_PER_PURCHASE");
        assertThat(codeOf(() -> asFleet(() -> limits.restrict(card.id(), List.of("DT"), List.of(), LocalTime.of(18, 0),
                LocalTime.of(8, 0), List.of("AZS-17"), List.of())))).isEqualTo("WINDOW_ENDS_BEFORE_START");
        assertThat(codeOf(() -> asFleet(() -> limits.restrict(card.id(), List.of("DT"), List.of(), null, null,
                List.of("AZS-17"), List.of("Moscow"))))).isEqualTo("REGION_FORMAT");

        CardDetail after = fleet.call(() -> fleetCard.detail(card.id()));
        assertThat(after.limits()).isEqualTo(before.limits());
        assertThat(after.restrictions()).isEqualTo(before.restrictions());
        assertThat(after.history()).hasSameSizeAs(before.history());
    }

    @Test
    void aTemplateChangesEveryCardOfTheGroupInOneGoOrNoneWhenOneCardRefusesIt() throws Exception {
        Contract contract = ownContract();
        List<Card> members = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 4));
        long group = groupOf(contract.id(), "Маршрут 7", members);
        backOffice.call(() -> cards.close(members.get(3).id(), "sold"));
        Card first = members.get(0);
        Card third = members.get(2);
        SpendingLimit firstDaily = fleet.call(() -> limits.addLimit(contract.id(), first.id(), LimitMeasure.MONEY, LimitPeriod.DAY,
                10_000_00, List.of()));
        SpendingLimit wash = fleet.call(() -> limits.addLimit(contract.id(), third.id(), LimitMeasure.MONEY, LimitPeriod.WEEK,
                3_000_00, List.of("CAR_WASH")));
        List<LimitRule> template = List.of(
                LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, rub("2000.00"), List.of()),
                LimitRule.of(LimitMeasure.VOLUME, LimitPeriod.DAY, litres("100.000"), List.of("FUEL")));
        List<CardDetail> before = details(members.subList(0, 3));

        assertThat(fleet.call(() -> templates.group(group)).cards()).as("a closed card is changed no more")
                .hasSize(3).doesNotContain(members.get(3).panMasked());
        Throwable refused = catchThrowable(() -> fleet.call(() -> templates.apply(group, template, List.of("FUEL"))));
        InvalidLimitException onThird = Stream.iterate(refused, link -> link != null, Throwable::getCause)
                .filter(InvalidLimitException.class::isInstance).map(InvalidLimitException.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("expected a refusal of the limits, got " + refused, refused));
        assertThat(onThird.code()).as("the third card's car-wash limit would not fit fuel only")
                .isEqualTo(InvalidLimitException.Code.LIMIT_OUTSIDE_RESTRICTION);
        assertThat(onThird.card()).isEqualTo(third.panMasked());
        assertThat(details(members.subList(0, 3))).as("no card changed").isEqualTo(before);

        asFleet(() -> limits.removeLimit(wash.id()));
        int changed = fleet.call(() -> templates.apply(group, template, List.of("FUEL")));

        assertThat(changed).isEqualTo(3);
        for (Card member : members.subList(0, 3)) {
            CardDetail detail = fleet.call(() -> fleetCard.detail(member.id()));
            assertThat(detail.limits()).filteredOn(limit -> !limit.ofContract())
                    .extracting(CardLimit::measure, CardLimit::period, CardLimit::amount, CardLimit::categories)
                    .containsExactlyInAnyOrder(tuple(LimitMeasure.MONEY, LimitPeriod.DAY, rub("2000.00"), List.of()),
                            tuple(LimitMeasure.VOLUME, LimitPeriod.DAY, litres("100.000"), List.of("FUEL")));
            assertThat(detail.restrictions().allowedCategories()).containsExactly("FUEL");
            assertThat(detail.history()).filteredOn(event -> event.kind() == CardEvent.Kind.RESTRICTION).isNotEmpty();
            assertThat(backOffice.call(() -> audit.of(AuditSubject.CARD, member.id()))).extracting(AuditEvent::action)
                    .contains("limit.change");
        }
        CardDetail firstAfter = fleet.call(() -> fleetCard.detail(first.id()));
        assertThat(firstAfter.limits()).extracting(CardLimit::id).as("the daily limit took the template's value")
                .contains(firstDaily.id());
        assertThat(firstAfter.history()).filteredOn(event -> event.kind() == CardEvent.Kind.LIMIT && event.before() != null
                        && event.after() != null).singleElement()
                .satisfies(event -> assertThat(event.limitAfter().amount()).isEqualTo(rub("2000.00")));
        assertThat(payments.purchase(Fixtures.key("t"), fuel(first, "2000.01", "1.000"), "t").code())
                .isEqualTo("LIMIT_EXCEEDED");
    }

    @Test
    void aMemberWithoutTheRightToChangeLimitsSeesThemButChangesNothing() throws Exception {
        Contract contract = ownContract();
        List<Card> members = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        long group = groupOf(contract.id(), "Склад", members);
        SpendingLimit daily = fleet.call(() -> limits.addLimit(contract.id(), members.get(0).id(), LimitMeasure.MONEY,
                LimitPeriod.DAY, 5_000_00, List.of()));
        update("UPDATE organization_member SET may_change_limits = FALSE WHERE organization_id = ? AND subject = 'fleet'",
                contract.organizationId());
        LimitRule rule = LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, rub("100.00"), List.of());
        long card = members.get(0).id();

        assertThat(fleet.call(() -> fleetCard.limitRights(card))).isEqualTo(LimitRights.NONE);
        assertThat(fleet.call(() -> allowances.today(card, LimitDraft.NONE)).limits()).hasSize(1);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> limits.addLimit(contract.id(), card, rule))), RightMissingException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> limits.addLimit(contract.id(), null, rule))), RightMissingException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> limits.changeLimit(daily.id(), rule))), RightMissingException.class);
        assertCausedBy(catchThrowable(() -> asFleet(() -> limits.removeLimit(daily.id()))), RightMissingException.class);
        assertCausedBy(catchThrowable(() -> asFleet(() -> limits.allowCategories(card, List.of("FUEL")))), RightMissingException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> templates.apply(group, List.of(rule), null))), RightMissingException.class);

        CardDetail detail = fleet.call(() -> fleetCard.detail(card));
        assertThat(detail.limits()).singleElement().satisfies(limit -> assertThat(limit.amount()).isEqualTo(rub("5000.00")));
        assertThat(detail.restrictions().isEmpty()).isTrue();
        assertThat(fleet.call(() -> fleetCard.detail(members.get(1).id())).limits()).isEmpty();
    }

    @Test
    void anotherCompanysCardsLimitsAndGroupsAreUnknownToTheManager() throws Exception {
        ownContract();
        long other = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract otherContract = backOffice.call(() -> fixtures.activeFuelContract(other, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> theirs = backOffice.call(() -> fixtures.activeCards(otherContract.id(), HolderKind.VEHICLE, 1));
        long card = theirs.get(0).id();
        long group = groupOf(otherContract.id(), "Чужая", theirs);
        SpendingLimit their = backOffice.call(() -> limits.addLimit(otherContract.id(), card, LimitMeasure.MONEY, LimitPeriod.DAY,
                1_000_00, List.of()));
        LimitRule rule = LimitRule.of(LimitMeasure.MONEY, LimitPeriod.DAY, rub("1.00"), List.of());

        assertCausedBy(catchThrowable(() -> fleet.call(() -> limits.addLimit(otherContract.id(), card, rule))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> limits.changeLimit(their.id(), rule))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> asFleet(() -> limits.limitHours(card, LocalTime.of(1, 0), LocalTime.of(2, 0)))),
                AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> allowances.today(card, LimitDraft.NONE))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> fleetCard.limitRights(card))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> templates.group(group))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> templates.apply(group, List.of(rule), null))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet.call(() -> templates.group(Long.MAX_VALUE))), AccessDeniedException.class);

        assertThat(backOffice.call(() -> limits.changesOfCard(card))).hasSize(1);
    }

    /** A fuel contract of a company in Vladivostok whose member the fleet manager is, with every right. */
    private Contract ownContract() {
        long company = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        backOffice.run(() -> organizations.addMember(company, "fleet"));
        return backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
    }

    /** A card group of the contract with these cards. */
    private long groupOf(long contractId, String name, List<Card> members) {
        long group = backOffice.call(() -> cardGroups.create(contractId, name)).id();
        backOffice.call(() -> cardGroups.move(contractId, members.stream().map(Card::id).toList(), group));
        return group;
    }

    private Object asFleet(Runnable work) throws Exception {
        return fleet.call(() -> {
            work.run();
            return null;
        });
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private List<CardDetail> details(List<Card> members) throws Exception {
        return fleet.call(() -> members.stream().map(member -> fleetCard.detail(member.id())).toList());
    }

    private static Spend fuel(Card card, String amount, String volume) {
        return new Spend(CardRef.id(card.id()), rub(amount), litres(volume), "AI-95", "FUEL", "AZS-17", "RU-MOW", Instant.now());
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Amount litres(String value) {
        return Amount.parse(value, Currency.LITRE);
    }

    /** The stable code of the refusal the call ends in, however the container wrapped it. */
    private static String codeOf(Callable<?> call) {
        Throwable thrown = catchThrowable(call::call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidLimitException || cause instanceof InvalidAmountException) {
                return ((Refusal) cause).code().name();
            }
        }
        throw new AssertionError("expected a refusal of the limits, got " + thrown, thrown);
    }

    private static void assertCausedBy(Throwable thrown, Class<? extends Throwable> cause) {
        assertThat(thrown).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)).anyMatch(cause::isInstance);
    }
}
