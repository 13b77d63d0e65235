package org.cardhub.tools.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CabinetPageTest {

    /** The header of WEB-INF/templates/cabinet.xhtml as Faces renders it for the demo parent. */
    private static final String PARENT_HOME = """
            <div class="header-account"><span class="signed-in">
                        Вы вошли как <strong id="signed-in-user">Петрова Анна Сергеевна</strong>
                        (<span id="signed-in-username">parent</span>)
                    </span><form method="post" action="/cardhub/signout" class="signout">""";

    @Test
    void theUserNameIsReadFromTheCabinetHeader() {
        assertThat(CabinetPage.signedInUser(PARENT_HOME)).contains("parent");
        assertThat(CabinetPage.showsSignedIn(PARENT_HOME, "parent")).isTrue();
        assertThat(CabinetPage.showsSignedIn(PARENT_HOME, "Parent")).isTrue();
    }

    @Test
    void anotherUserOrAPageWithoutTheHeaderDoesNotCount() {
        assertThat(CabinetPage.showsSignedIn(PARENT_HOME, "parent2")).isFalse();
        assertThat(CabinetPage.showsSignedIn("<h1>Доступ запрещён</h1>", "parent")).isFalse();
        assertThat(CabinetPage.showsSignedIn("<span id=\"signed-in-username\"></span>", "parent")).isFalse();
        assertThat(CabinetPage.showsSignedIn(null, "parent")).isFalse();
    }
}
