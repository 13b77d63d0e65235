package org.cardhub.meals.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;
import org.cardhub.payments.entity.OperationKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A meal a teacher orders for their class, or some of its pupils, from the day's published menu: the same dishes for
 * each pupil, copied from the menu with their prices. Ordered for today until the attendance deadline, for a later day
 * as far ahead as parents may order; cancelled until it is served (the canteen marks it, or lunch time of its day
 * passes). Each pupil's part is held on their canteen purse, paid from the school's meal budget for a beneficiary, or
 * refused with a reason. One order per page submission: its request id is unique. The money is the controls'.
 */
@Entity
@Table(name = "group_meal")
public class GroupMeal {

    static final String HOLD_SCOPE = "meals:group-meal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id")
    private long schoolId;

    @Column(name = "class_id")
    private long classId;

    @Column(name = "meal_date")
    private LocalDate mealDate;

    @Column(name = "menu_id")
    private long menuId;

    @Enumerated(EnumType.STRING)
    private GroupMealStatus status;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "ordered_by")
    private String orderedBy;

    @Column(name = "ordered_at")
    private Instant orderedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "group_meal_dish", joinColumns = @JoinColumn(name = "group_meal_id"))
    @OrderColumn(name = "line_no")
    private List<PreOrderLine> dishes = new ArrayList<>();

    @OneToMany(mappedBy = "groupMeal", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<GroupMealPupil> pupils = new ArrayList<>();

    @Version
    private long version;

    protected GroupMeal() {
    }

    public GroupMeal(long schoolId, long classId, Menu menu, List<PreOrderLine> dishes, String requestId, String by, Instant now) {
        if (dishes.isEmpty() || menu.organizationId() != schoolId) {
            throw new IllegalArgumentException("A group meal has dishes of its own school's menu");
        }
        if (!PreOrder.totalOf(dishes).isPositive()) {
            throw new InvalidGroupMealException(InvalidGroupMealException.Code.NOTHING_TO_PAY, "The dishes chosen cost nothing");
        }
        this.schoolId = schoolId;
        this.classId = classId;
        this.mealDate = menu.date();
        this.menuId = menu.id();
        this.dishes = new ArrayList<>(dishes);
        this.requestId = Objects.requireNonNull(requestId);
        this.orderedBy = by;
        this.orderedAt = now;
        this.status = GroupMealStatus.ORDERED;
    }

    /** What each pupil gets of {@code menu}: {@code quantities} by dish id, as a pre-order's lines; refused likewise. */
    public static List<PreOrderLine> dishesOf(Menu menu, Map<Long, Integer> quantities) {
        try {
            return menu.linesFor(quantities);
        } catch (InvalidPreOrderException refused) {
            InvalidGroupMealException.Code code = switch (refused.code()) {
                case QUANTITY_RANGE -> InvalidGroupMealException.Code.QUANTITY_RANGE;
                case DISH_UNKNOWN -> InvalidGroupMealException.Code.DISH_UNKNOWN;
                default -> InvalidGroupMealException.Code.NOTHING_CHOSEN;
            };
            throw InvalidGroupMealException.aboutDish(code, refused.dishId(), refused.getMessage());
        }
    }

    /** Whether it is for this class and day: a page's request repeated orders the same, or was used for another. */
    public boolean isFor(long otherClassId, LocalDate day) {
        return classId == otherClassId && mealDate.equals(day);
    }

    /** The pupil is in: the meal's price held on their canteen purse by {@link #holdKey}. */
    public GroupMealPupil held(long cardId) {
        return add(new GroupMealPupil(this, cardId, GroupMealOutcome.HELD, null, holdKey(cardId).key()));
    }

    /** The pupil is in, a beneficiary: the school's meal budget pays at serving. */
    public GroupMealPupil free(long cardId) {
        return add(new GroupMealPupil(this, cardId, GroupMealOutcome.FREE, null, null));
    }

    public GroupMealPupil refused(long cardId, GroupMealReason reason) {
        return add(new GroupMealPupil(this, cardId, GroupMealOutcome.REFUSED, Objects.requireNonNull(reason), null));
    }

    private GroupMealPupil add(GroupMealPupil pupil) {
        if (pupils.stream().anyMatch(known -> known.cardId() == pupil.cardId())) {
            throw new IllegalArgumentException("Card " + pupil.cardId() + " is in the group meal already");
        }
        pupils.add(pupil);
        return pupil;
    }

    /** Cancels the order before it is served, before its lunch time; false when it was cancelled already. */
    public boolean cancel(String by, Instant now, Instant lunch) {
        if (status == GroupMealStatus.CANCELLED) {
            return false;
        }
        if (!isCancellableAt(now, lunch)) {
            throw new InvalidGroupMealException(InvalidGroupMealException.Code.NOT_CANCELLABLE,
                    "Group meal " + id + " is " + status + (status == GroupMealStatus.ORDERED ? ", its lunch time passed" : ""));
        }
        close(GroupMealStatus.CANCELLED, by, now);
        return true;
    }

    public boolean isCancellableAt(Instant now, Instant lunch) {
        return status == GroupMealStatus.ORDERED && now.isBefore(lunch);
    }

    /** The canteen served it, on its day or after; false when it was marked served already. */
    public boolean markServed(String by, Instant now, LocalDate today) {
        if (status == GroupMealStatus.SERVED) {
            return false;
        }
        if (!isServableOn(today)) {
            throw new InvalidGroupMealException(InvalidGroupMealException.Code.NOT_SERVABLE,
                    "Group meal " + id + " is " + status + " for " + mealDate);
        }
        close(GroupMealStatus.SERVED, by, now);
        return true;
    }

    public boolean isServableOn(LocalDate today) {
        return status == GroupMealStatus.ORDERED && !mealDate.isAfter(today);
    }

    /** Served by the clock: an order still standing when lunch time of its day has come. */
    public boolean serveIfDue(Instant now, Instant lunch) {
        if (status != GroupMealStatus.ORDERED || now.isBefore(lunch)) {
            return false;
        }
        close(GroupMealStatus.SERVED, "system", now);
        return true;
    }

    private void close(GroupMealStatus next, String by, Instant now) {
        status = next;
        closedBy = by;
        closedAt = now;
    }

    /** What each pupil in it pays (or the budget pays for them): the dishes' prices times their quantities. */
    public Amount pupilTotal() {
        return PreOrder.totalOf(dishes);
    }

    /** The money operation that holds a pupil's part: one per group meal and card, never posted twice. */
    public OperationKey holdKey(long cardId) {
        return new OperationKey(HOLD_SCOPE, partOf(cardId));
    }

    public OperationKey servingKey(long cardId) {
        return new OperationKey("meals:group-meal-serve", partOf(cardId));
    }

    public OperationKey releaseKey(long cardId) {
        return new OperationKey("meals:group-meal-release", partOf(cardId));
    }

    /** The purchase the school's meal budget pays for a beneficiary. */
    public OperationKey freeMealKey(long cardId) {
        return new OperationKey("meals:group-meal-free", partOf(cardId));
    }

    private String partOf(long cardId) {
        if (id == null) {
            throw new IllegalStateException("A group meal is written before its money moves");
        }
        return id + "/" + cardId;
    }

    public Long id() {
        return id;
    }

    public long schoolId() {
        return schoolId;
    }

    public long classId() {
        return classId;
    }

    public LocalDate mealDate() {
        return mealDate;
    }

    public GroupMealStatus status() {
        return status;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<PreOrderLine> dishes() {
        return List.copyOf(dishes);
    }

    public List<GroupMealPupil> pupils() {
        return List.copyOf(pupils);
    }
}
