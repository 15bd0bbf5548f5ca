package org.candour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class IntakePropertiesTest {

    private static final String TOKEN = "bG9jYWwtaGFuZGxpbmctdGVhbS10b2tlbi0wMDAwMDA=";
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    /** The names the local stack and a deployment set, as environment variables. */
    @Test
    void handlingTeamTokensAndIdentityKeysBindFromEnvironmentVariablesAndStayOutOfToString() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        // Spring reads a source as environment variables by this name.
                        "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of(
                                "CANDOUR_INTAKE_HANDLINGTEAMTOKENS_0", TOKEN,
                                "CANDOUR_INTAKE_IDENTITYKEYS_0_ID", "local-1",
                                "CANDOUR_INTAKE_IDENTITYKEYS_0_SECRET", KEY)));

        IntakeProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("candour.intake", IntakeProperties.class);

        assertThat(properties.handlingTeamTokens())
                .singleElement()
                .satisfies(token -> assertThat(token.secret()).isEqualTo(TOKEN));
        assertThat(properties.identityKeys())
                .singleElement()
                .satisfies(key -> assertThat(key.id()).isEqualTo("local-1"));
        assertThat(properties.signInLimit()).isEqualTo(new IntakeProperties.SignInLimit(10, 10));
        assertThat(properties.toString())
                .contains("HandlingTeamToken[hidden]")
                .doesNotContain(TOKEN)
                .doesNotContain(KEY);
    }
}
