package org.knotwork.web.api.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.knotwork.web.api.account.CodeForm;
import org.knotwork.web.api.account.PasswordChangeForm;
import org.knotwork.web.api.proms.PromResponseResource;
import org.knotwork.web.api.proms.ResponseForm;
import org.knotwork.web.api.security.PasswordResetForm;
import org.knotwork.web.api.security.SecondFactorForm;
import org.knotwork.web.api.security.SecondFactorPolicyResource;

/**
 * The corpus's addresses of signing in with a second factor, passwords, the second-factor policy and questionnaire
 * answers. Where an accepted case changes what the next case starts from (a password, a withdrawn answer), the
 * address sets it up afresh before each case.
 */
final class AccountEndpoints {

    /** The password the changing user is given before each case, and the one a case changes it to. */
    static final String RESET_TO = "reset by the corpus 2026";

    static final String CHANGED_TO = "changed by the corpus 2026";

    private AccountEndpoints() {}

    static List<Endpoint> of(URL deployment, Api owner, Api therapist, String clientId, String userId) {
        Api.Reply changerUser = Staff.create(deployment, "THERAPIST");
        String changerId = changerUser.json().getString("id");
        String changerName = changerUser.json().getString("username");
        Api changer = new Api(deployment);
        Api enroller = Staff.signedIn(deployment, "THERAPIST");
        String responses = "api/clients/" + clientId + "/questionnaire-responses";
        return List.of(
                new Endpoint(
                        "POST session/second-factor",
                        new Api(deployment),
                        "POST",
                        () -> "api/session/second-factor",
                        SecondFactorForm.class,
                        () -> JsonPaths.parse("{\"code\":\"123456\"}"),
                        answer -> answer,
                        field -> null,
                        null,
                        null,
                        answer -> null,
                        true),
                new Endpoint(
                        "POST account/second-factor/confirmation",
                        enroller,
                        "POST",
                        () -> {
                            Api.Reply started = enroller.post("api/account/second-factor", "");
                            assertThat(started.status()).as(started.toString()).isEqualTo(200);
                            return "api/account/second-factor/confirmation";
                        },
                        CodeForm.class,
                        () -> JsonPaths.parse("{\"code\":\"000000\"}"),
                        answer -> answer,
                        field -> null,
                        "SECOND_FACTOR_ENROLLED",
                        "USER",
                        answer -> null,
                        true),
                new Endpoint(
                        "POST users/{id}/password",
                        owner,
                        "POST",
                        () -> "api/users/" + userId + "/password",
                        PasswordResetForm.class,
                        () -> JsonPaths.parse("{\"password\":\"" + RESET_TO + "\"}"),
                        answer -> owner.get("api/users/" + userId).json(),
                        field -> null,
                        "PASSWORD_RESET",
                        "USER",
                        answer -> userId,
                        true),
                new Endpoint(
                        "PUT account/password",
                        changer,
                        "PUT",
                        () -> {
                            Api.Reply reset = owner.post(
                                    "api/users/" + changerId + "/password", "{\"password\":\"" + RESET_TO + "\"}");
                            assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
                            Api.Reply signedIn = changer.signIn(changerName, RESET_TO);
                            assertThat(signedIn.status())
                                    .as(signedIn.toString())
                                    .isEqualTo(200);
                            return "api/account/password";
                        },
                        PasswordChangeForm.class,
                        () -> JsonPaths.parse(
                                "{\"currentPassword\":\"" + RESET_TO + "\",\"newPassword\":\"" + CHANGED_TO + "\"}"),
                        answer -> answer,
                        field -> null,
                        "PASSWORD_CHANGED",
                        "USER",
                        answer -> changerId,
                        true),
                new Endpoint(
                        "POST questionnaire-responses",
                        therapist,
                        "POST",
                        () -> responses,
                        ResponseForm.class,
                        AccountEndpoints::psfs,
                        answer -> answer,
                        field -> field.equals("answers") ? null : field,
                        "CREATE",
                        "QUESTIONNAIRE_RESPONSE",
                        answer -> answer.getString("id"),
                        true),
                new Endpoint(
                        "POST questionnaire-responses/{id}/withdrawal",
                        therapist,
                        "POST",
                        () -> responses + "/" + InputCorpus.created(therapist.post(responses, psfs().toString()))
                                + "/withdrawal",
                        PromResponseResource.WithdrawalForm.class,
                        () -> JsonPaths.parse("{\"reason\":\"Answered for another client\"}"),
                        answer -> answer,
                        field -> null,
                        "UPDATE",
                        "QUESTIONNAIRE_RESPONSE",
                        answer -> answer.getString("id"),
                        true));
    }

    /** Run last, and put back afterwards: a role that needs a second factor changes everyone's next sign-in. */
    static Endpoint policy(Api owner) {
        return new Endpoint(
                "PUT second-factor-policy",
                owner,
                "PUT",
                () -> "api/second-factor-policy",
                SecondFactorPolicyResource.PolicyForm.class,
                () -> JsonPaths.parse("{\"requiredFor\":[\"OWNER\"]}"),
                answer -> owner.get("api/second-factor-policy").json(),
                InputCorpus.same(),
                "SECOND_FACTOR_POLICY_CHANGED",
                "PRACTICE",
                answer -> null,
                true);
    }

    static void restorePolicy(Api owner, JsonObject policy) {
        Api.Reply restored = owner.put(
                "api/second-factor-policy",
                JsonPaths.object(Map.of("requiredFor", policy.get("requiredFor")))
                        .toString(),
                owner.asRead("api/second-factor-policy"));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }

    static JsonObject psfs() {
        return JsonPaths.parse("""
                {"measure":"PSFS","answeredAt":"2026-03-01T10:00:00Z",
                 "answers":[{"linkId":"activity-1","text":"Climbing stairs","value":4},
                            {"linkId":"activity-2","text":"Lifting a child","value":5},
                            {"linkId":"activity-3","text":"Sleeping on the side","value":3}]}""");
    }
}
