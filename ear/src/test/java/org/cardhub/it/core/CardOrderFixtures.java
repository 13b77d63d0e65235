package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.cards.boundary.CardOrders;
import org.cardhub.cards.boundary.OrderedCard;
import org.cardhub.cards.boundary.StockBatches;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.InvalidStockException;
import org.cardhub.cards.entity.StockBatch;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.organizations.boundary.Organizations;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/** Stock batches, company people and card numbers for {@link CardOrdersIT}; called through {@link BackOffice}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CardOrderFixtures {

    @EJB
    StockBatches stock;

    @EJB
    CardOrders cardOrders;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    CompanyUsers companyUsers;

    /** A stock batch: its id and the serials of its numbers, which the test knows and the stock keeps sealed. */
    public record Batch(long id, long firstSerial, int size) implements Serializable {

        public String number(int index) {
            return CardNumber.generate("700599", firstSerial + index).digits();
        }

        public List<String> numbers(int from, int count) {
            return IntStream.range(from, from + count).mapToObj(this::number).toList();
        }
    }

    /**
     * A batch of {@code size} numbers at a random place above the demo batch, so that runs against one database (whose
     * batches stay) do not meet; a place already taken is tried again elsewhere.
     */
    public Batch freshBatch(int size) {
        for (int attempt = 1; ; attempt++) {
            long first = 600_000_000L + ThreadLocalRandom.current().nextLong(390_000) * 1000;
            try {
                StockBatch batch = stock.add(CardNumber.generate("700599", first).digits(),
                        CardNumber.generate("700599", first + size - 1).digits(), LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1));
                return new Batch(batch.id(), first, size);
            } catch (InvalidStockException taken) {
                if (taken.code() != InvalidStockException.Code.RANGE_OVERLAP || attempt == 5) {
                    throw taken;
                }
            }
        }
    }

    /** What the stock has left of the batch. */
    public int remaining(long batchId) {
        return stock.usable(0).stream().filter(batch -> batch.id() == batchId).findFirst().orElseThrow().remaining();
    }

    /** The full numbers of the order's cards, in the order of its lines (tests play terminals, which know them). */
    public List<String> numbersOf(long orderId) {
        return cardOrders.cards(orderId, 0, 10_000).stream().map(OrderedCard::cardId).map(fixtures::numberOf).toList();
    }

    /** Makes {@code subject} a person of the company who sees only the group and holds only the rights given. */
    public void groupPerson(long organizationId, String subject, long groupId, Set<CompanyRight> rights) {
        organizations.addMember(organizationId, subject);
        companyUsers.change(organizationId, subject, CardScope.ofGroups(Set.of(groupId)), rights);
    }
}
