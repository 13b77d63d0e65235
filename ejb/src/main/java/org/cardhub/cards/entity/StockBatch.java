package org.cardhub.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;

import static org.cardhub.cards.entity.InvalidStockException.Code.NOT_ENOUGH_NUMBERS;
import static org.cardhub.cards.entity.InvalidStockException.Code.RECEIVED_DATE;

/**
 * A batch of blank plastic cards received from the card factory: its {@link NumberRange}, sealed like every card
 * number and shown masked, and how many of its numbers were issued. Numbers are handed out in order, from the first.
 */
@Entity
@Table(name = "card_stock_batch")
public class StockBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String bin;

    @Column(name = "first_sealed")
    private String firstSealed;

    @Column(name = "last_sealed")
    private String lastSealed;

    @Column(name = "first_masked")
    private String firstMasked;

    @Column(name = "last_masked")
    private String lastMasked;

    @Column(name = "card_count")
    private int cardCount;

    @Column(name = "used_count")
    private int usedCount;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "added_at")
    private Instant addedAt;

    @Column(name = "added_by")
    private String addedBy;

    @Version
    private long version;

    protected StockBatch() {
    }

    /**
     * @param seal       seals a card number under the installation's key
     * @param receivedOn the day the batch came from the factory: not after {@code today}
     */
    public StockBatch(NumberRange range, UnaryOperator<String> seal, LocalDate receivedOn, LocalDate today, String actor,
                      Instant now) {
        if (receivedOn == null || receivedOn.isAfter(today)) {
            throw new InvalidStockException(RECEIVED_DATE, "A batch is received on a day that has come: " + receivedOn);
        }
        this.bin = range.bin();
        this.firstSealed = seal.apply(range.first().digits());
        this.lastSealed = seal.apply(range.last().digits());
        this.firstMasked = range.first().masked();
        this.lastMasked = range.last().masked();
        this.cardCount = range.size();
        this.receivedOn = receivedOn;
        this.addedBy = Objects.requireNonNull(actor);
        this.addedAt = Objects.requireNonNull(now);
    }

    /** The batch's numbers, opened with {@code open} (the installation's key). */
    public NumberRange range(UnaryOperator<String> open) {
        return NumberRange.of(open.apply(firstSealed), open.apply(lastSealed));
    }

    /**
     * Takes the next {@code wanted} numbers of the batch, all or none.
     *
     * @return the index in the range of the first number taken
     */
    public int take(int wanted) {
        if (wanted < 1 || wanted > remaining()) {
            throw new InvalidStockException(NOT_ENOUGH_NUMBERS, "Batch " + firstMasked + " – " + lastMasked + " has "
                    + remaining() + " numbers left, not " + wanted);
        }
        int first = usedCount;
        usedCount += wanted;
        return first;
    }

    public int remaining() {
        return cardCount - usedCount;
    }

    public Long id() {
        return id;
    }

    public String bin() {
        return bin;
    }

    public String firstMasked() {
        return firstMasked;
    }

    public String lastMasked() {
        return lastMasked;
    }

    public int count() {
        return cardCount;
    }

    public int used() {
        return usedCount;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }
}
