package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.contracts.boundary.WalletLevels;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.contracts.entity.WalletLevelView;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyIdentification;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.entity.Identification;
import org.cardhub.wallets.entity.IdentificationView;
import org.cardhub.wallets.entity.PassportData;
import org.cardhub.wallets.entity.WalletOverview;
import org.cardhub.wallets.entity.WalletRefusal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The holder's profile ({@code profile.xhtml}): who they are, the tier and both tiers' caps explained, and
 * identification — the passport form, or the request waiting, rejected (with the back office's reason, and the form
 * again) or approved.
 */
@Named
@ViewScoped
public class WalletProfileView implements Serializable {

    public enum State { FORM, WAITING, REJECTED, IDENTIFIED }

    private static final Map<Object, String> INPUTS = Map.of(
            WalletRefusal.Code.LAST_NAME_INVALID, "identify:lastName",
            WalletRefusal.Code.FIRST_NAME_INVALID, "identify:firstName",
            WalletRefusal.Code.MIDDLE_NAME_INVALID, "identify:middleName",
            WalletRefusal.Code.BIRTH_DATE_INVALID, "identify:birthDate");

    @EJB
    MyWallet wallet;

    @EJB
    MyIdentification identification;

    @EJB
    WalletLevels levels;

    private WalletOverview overview;
    private Map<WalletTier, WalletCaps> caps = Map.of();
    private IdentificationView latest;
    private String lastName;
    private String firstName;
    private String middleName;
    private LocalDate birthDate;
    private String series;
    private String number;
    private LocalDate issuedOn;

    @PostConstruct
    void load() {
        try {
            overview = wallet.overview();
            caps = levels.all().stream().collect(Collectors.toMap(WalletLevelView::tier, WalletLevelView::caps));
            latest = overview.open() ? identification.latest().orElse(null) : null;
        } catch (Refusal refused) {
            WalletRefusals.show(refused, Map.of(), null);
        }
    }

    public void submit() {
        try {
            latest = identification.submit(new PassportData(lastName, firstName, middleName, birthDate, series, number,
                    issuedOn));
            PageMessages.info("wallet.identify.sent");
        } catch (Refusal refused) {
            Map<Object, String> inputs = new HashMap<>(INPUTS);
            inputs.put(WalletRefusal.Code.PASSPORT_INVALID, "identify:" + passportField(series, number));
            WalletRefusals.show(refused, inputs, overview == null ? null : overview.zone());
        }
    }

    /** Which of the passport's inputs a refusal of it is about: the series, the number, or else the day of issue. */
    static String passportField(String series, String number) {
        if (!digits(series, 4)) {
            return "series";
        }
        return digits(number, 6) ? "issuedOn" : "number";
    }

    private static boolean digits(String value, int length) {
        return value != null && value.replaceAll("[\\s\u00A0]", "").matches("[0-9]{" + length + "}");
    }

    /** Where identification stands: the tier decides first, then the latest request. */
    public State getState() {
        return stateOf(overview == null ? null : overview.tier(), latest == null ? null : latest.status());
    }

    static State stateOf(WalletTier tier, Identification.Status latest) {
        if (tier == WalletTier.IDENTIFIED) {
            return State.IDENTIFIED;
        }
        if (latest == Identification.Status.WAITING) {
            return State.WAITING;
        }
        return latest == Identification.Status.REJECTED ? State.REJECTED : State.FORM;
    }

    /** The non-identified level's caps as the back office set them, read when the page opened. */
    public WalletCaps getNonIdentifiedCaps() {
        return caps.get(WalletTier.NON_IDENTIFIED);
    }

    public WalletCaps getIdentifiedCaps() {
        return caps.get(WalletTier.IDENTIFIED);
    }

    public LocalDate getToday() {
        return overview == null ? LocalDate.now() : LocalDate.now(overview.zone());
    }

    public WalletOverview getOverview() {
        return overview;
    }

    public IdentificationView getLatest() {
        return latest;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }
}
