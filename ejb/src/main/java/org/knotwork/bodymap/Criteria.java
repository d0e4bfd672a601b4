package org.knotwork.bodymap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The diagnostic criteria the therapist checked on a trigger point (Travell & Simons). */
@Embeddable
public class Criteria {

    @Enumerated(EnumType.STRING)
    @Column(name = "taut_band")
    private Finding tautBand = Finding.NOT_TESTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "spot_tenderness")
    private Finding spotTenderness = Finding.NOT_TESTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "local_twitch_response")
    private Finding localTwitchResponse = Finding.NOT_TESTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "jump_sign")
    private Finding jumpSign = Finding.NOT_TESTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "referred_pain_found")
    private Finding referredPain = Finding.NOT_TESTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "recognised_pain")
    private Finding recognisedPain = Finding.NOT_TESTED;

    protected Criteria() {}

    public Criteria(
            Finding tautBand,
            Finding spotTenderness,
            Finding localTwitchResponse,
            Finding jumpSign,
            Finding referredPain,
            Finding recognisedPain) {
        this.tautBand = orNotTested(tautBand);
        this.spotTenderness = orNotTested(spotTenderness);
        this.localTwitchResponse = orNotTested(localTwitchResponse);
        this.jumpSign = orNotTested(jumpSign);
        this.referredPain = orNotTested(referredPain);
        this.recognisedPain = orNotTested(recognisedPain);
    }

    public static Criteria notTested() {
        return new Criteria();
    }

    private static Finding orNotTested(Finding finding) {
        return finding == null ? Finding.NOT_TESTED : finding;
    }

    public Finding tautBand() {
        return tautBand;
    }

    public Finding spotTenderness() {
        return spotTenderness;
    }

    public Finding localTwitchResponse() {
        return localTwitchResponse;
    }

    public Finding jumpSign() {
        return jumpSign;
    }

    public Finding referredPain() {
        return referredPain;
    }

    /** The client recognises the pain the point reproduces as their familiar complaint. */
    public Finding recognisedPain() {
        return recognisedPain;
    }
}
