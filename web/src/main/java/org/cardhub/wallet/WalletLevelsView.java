package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.contracts.boundary.WalletLevels;
import org.cardhub.contracts.entity.InvalidWalletLevelException;
import org.cardhub.contracts.entity.WalletLevel;
import org.cardhub.contracts.entity.WalletLevelView;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The back office's wallet identification levels ({@code backoffice/wallet-levels.xhtml}): both levels with their caps
 * and who changed them when, and a level's two caps changed in a dialog — at once for every wallet of the level. The
 * rules are the boundary's; a refusal is said at the cap it is about and changes nothing.
 */
@Named
@ViewScoped
public class WalletLevelsView implements Serializable {

    static final String BALANCE_INPUT = "level:maxBalance";
    static final String TURNOVER_INPUT = "level:maxTurnover";

    private static final Map<InvalidWalletLevelException.Cap, String> INPUTS = Map.of(
            InvalidWalletLevelException.Cap.BALANCE, BALANCE_INPUT,
            InvalidWalletLevelException.Cap.MONTHLY_TURNOVER, TURNOVER_INPUT);

    @EJB
    WalletLevels walletLevels;

    @Inject
    Language language;

    private List<WalletLevelView> levels = List.of();
    private WalletTier editing;
    private String maxBalance;
    private String maxTurnover;

    @PostConstruct
    void load() {
        levels = walletLevels.all();
    }

    /** Opens the dialog for a level with its caps as they are now. */
    public void edit(WalletLevelView level) {
        editing = level.tier();
        maxBalance = shown(level.maxBalance(), language.isRussian());
        maxTurnover = shown(level.maxMonthlyTurnover(), language.isRussian());
    }

    public void save() {
        // both inputs are read, so each says what is wrong with it
        if (!readable(maxBalance, BALANCE_INPUT) | !readable(maxTurnover, TURNOVER_INPUT)) {
            return;
        }
        try {
            WalletLevelView saved = walletLevels.change(editing, typed(maxBalance), typed(maxTurnover));
            PageMessages.info("wallet.levels.saved", tierName(saved.tier()), amount(saved.maxBalance()),
                    amount(saved.maxMonthlyTurnover()));
        } catch (InvalidWalletLevelException refused) {
            levels = walletLevels.all();
            PageMessages.refuse(refused.cap() == null ? null : INPUTS.get(refused.cap()), errorKey(refused.code(), editing),
                    errorArgument(refused));
            return;
        }
        levels = walletLevels.all();
    }

    /** The message key of a refusal; the identified level below the other reads from the side of the level changed. */
    static String errorKey(InvalidWalletLevelException.Code code, WalletTier editing) {
        return code == InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED
                ? "wallet.levels.error." + code + "." + editing : "wallet.levels.error." + code;
    }

    /** What a refusal's words name: the other level's cap as it is now, which this one may not pass, or the highest cap. */
    private String errorArgument(InvalidWalletLevelException refused) {
        if (refused.code() == InvalidWalletLevelException.Code.CAP_TOO_LARGE) {
            return amount(WalletLevel.HIGHEST_CAP);
        }
        if (refused.code() != InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED) {
            return "";
        }
        WalletTier other = editing == WalletTier.IDENTIFIED ? WalletTier.NON_IDENTIFIED : WalletTier.IDENTIFIED;
        return levels.stream().filter(level -> level.tier() == other).findFirst()
                .map(level -> amount(refused.cap() == InvalidWalletLevelException.Cap.BALANCE ? level.maxBalance()
                        : level.maxMonthlyTurnover())).orElse("");
    }

    /** Whether a cap's text reads as roubles and kopecks (or is empty); if not, the problem is said at its input. */
    private static boolean readable(String text, String input) {
        try {
            typed(text);
            return true;
        } catch (InvalidAmountException malformed) {
            PageMessages.refuse(input, "wallet.amount." + malformed.code().name());
            return false;
        }
    }

    /** A cap as typed — {@code 15 000,00}, {@code 15000.5}; null when nothing was (the boundary says a cap is required). */
    static Amount typed(String text) {
        return text == null || text.isBlank() ? null : Amount.parse(plain(text), Currency.RUB);
    }

    /** A cap as its input shows it: {@code 15000,00} in Russian, {@code 15000.00} in English. */
    static String shown(Amount cap, boolean russian) {
        return russian ? cap.toPlainString().replace('.', ',') : cap.toPlainString();
    }

    static String plain(String text) {
        return text.replaceAll("[\\s\u00a0\u202f₽]", "").replace(',', '.');
    }

    private String amount(Amount amount) {
        return Formats.amount(amount, locale());
    }

    private static String tierName(WalletTier tier) {
        return PageMessages.text("wallet.tier." + tier.name());
    }

    private Locale locale() {
        return language == null ? Locale.forLanguageTag("ru") : language.getLocale();
    }

    /** The back office reads times on Moscow's clock, as its other pages do. */
    public ZoneId getZone() {
        return IdentificationQueueView.OFFICE;
    }

    public List<WalletLevelView> getLevels() {
        return levels;
    }

    public WalletTier getEditing() {
        return editing;
    }

    public String getMaxBalance() {
        return maxBalance;
    }

    public void setMaxBalance(String maxBalance) {
        this.maxBalance = maxBalance;
    }

    public String getMaxTurnover() {
        return maxTurnover;
    }

    public void setMaxTurnover(String maxTurnover) {
        this.maxTurnover = maxTurnover;
    }
}
