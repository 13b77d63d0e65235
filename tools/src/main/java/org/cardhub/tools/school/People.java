package org.cardhub.tools.school;

/**
 * The benchmark school's people, named from their number alone: a surname, a first name and a patronymic in the
 * right form for a boy or a girl (every other one), and the class — 50 classes, grades 1 to 10 with letters А to Д,
 * thirty pupils each.
 */
final class People {

    static final int CLASSES = 50;
    static final int PER_CLASS = 30;
    static final int PUPILS = CLASSES * PER_CLASS;
    private static final String LETTERS = "АБВГД";

    private static final String[] SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
        "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
        "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров",
        "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв",
        "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
        "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов"};
    private static final String[] BOYS = {"Александр", "Максим", "Михаил", "Артём", "Даниил", "Иван", "Дмитрий", "Кирилл",
        "Андрей", "Егор", "Никита", "Илья", "Алексей", "Матвей", "Тимофей", "Роман", "Владимир", "Ярослав", "Фёдор", "Георгий",
        "Лев", "Марк", "Константин", "Степан", "Павел"};
    private static final String[] GIRLS = {"Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Полина", "София",
        "Дарья", "Александра", "Ксения", "Елизавета", "Варвара", "Алиса", "Вероника", "Арина", "Ульяна", "Алина", "Милана",
        "Ева", "Василиса", "Таисия", "Кира", "Маргарита", "Валерия", "Ольга"};
    private static final String[] FATHERS = {"Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев", "Владимиров",
        "Игорев", "Михайлов", "Николаев", "Евгеньев", "Павлов", "Викторов", "Олегов", "Юрьев", "Иванов", "Романов"};

    private People() {
    }

    /** Pupil {@code n} (from 0): surname, first name, patronymic. */
    static String[] name(int n) {
        boolean girl = n % 2 == 1;
        String surname = SURNAMES[Math.floorMod(n * 7 + n / SURNAMES.length, SURNAMES.length)];
        String first = girl ? GIRLS[Math.floorMod(n * 11 + n / 7, GIRLS.length)] : BOYS[Math.floorMod(n * 11 + n / 7, BOYS.length)];
        String father = FATHERS[Math.floorMod(n * 3 + n / 13, FATHERS.length)];
        return new String[] {girl ? feminine(surname) : surname, first, father + (girl ? "на" : "ич")};
    }

    /** "Иванов Иван": how a card names its holder. */
    static String holderName(int n) {
        String[] name = name(n);
        return name[0] + " " + name[1];
    }

    /** The class of pupil {@code n}: thirty a class, 1А … 10Д. */
    static String className(int n) {
        int index = n / PER_CLASS;
        return (index / LETTERS.length() + 1) + LETTERS.substring(index % LETTERS.length(), index % LETTERS.length() + 1);
    }

    static int grade(int n) {
        return n / PER_CLASS / LETTERS.length() + 1;
    }

    /** Grades 1–4 eat free (ученики 1–4 классов); of the others, one in twenty-five for another reason. */
    static String benefitOf(int n) {
        if (grade(n) <= 4) {
            return "PRIMARY_GRADES";
        }
        return switch (Math.floorMod(n * 7, 25)) {
            case 0 -> "LARGE_FAMILY";
            case 1 -> "LOW_INCOME";
            default -> null;
        };
    }

    private static String feminine(String surname) {
        return surname.endsWith("ий") ? surname.substring(0, surname.length() - 2) + "ая" : surname + "а";
    }
}
