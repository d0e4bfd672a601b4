package org.knotwork.charting;

import java.util.List;
import java.util.Map;

/**
 * A session as the tests record it: the note's text, pain scores, treated points and reasons, and only where a test is
 * about them the personal home care or the medical clearances. What is not given is left out, as a therapist leaves
 * it: no home care, no region, no clearance, no reason for treating no point, the time the note was opened.
 */
public final class SessionBuilder {

    private String complaint;
    private Integer painBefore;
    private List<TreatedPoint> points;
    private String assessment;
    private String plan;
    private Integer painAfter;
    private Map<String, String> reasons;
    private HomeCare homeCare = HomeCare.NONE;
    private List<MedicalClearance> clearances = List.of();

    private SessionBuilder() {}

    public static SessionBuilder session(
            String complaint,
            Integer painBefore,
            List<TreatedPoint> points,
            String assessment,
            String plan,
            Integer painAfter,
            Map<String, String> reasons) {
        SessionBuilder session = new SessionBuilder();
        session.complaint = complaint;
        session.painBefore = painBefore;
        session.points = points;
        session.assessment = assessment;
        session.plan = plan;
        session.painAfter = painAfter;
        session.reasons = reasons;
        return session;
    }

    public SessionBuilder homeCare(HomeCare advice) {
        homeCare = advice;
        return this;
    }

    public SessionBuilder clearances(List<MedicalClearance> given) {
        clearances = given;
        return this;
    }

    public SessionRecord build() {
        return new SessionRecord(
                complaint,
                painBefore,
                points,
                assessment,
                plan,
                painAfter,
                reasons,
                homeCare,
                null,
                clearances,
                null,
                null);
    }
}
