package org.knotwork.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;
import org.knotwork.platform.RuleViolationException;

/**
 * The practice's logo for its handouts' letterhead: a PNG or JPEG of at most 256 KiB and {@value LogoImage#MAX_SIDE}
 * pixels a side that decodes in full ({@link LogoImage}). Kept apart from the settings,
 * which every request reads, so that the image is loaded only for a handout.
 */
@Entity
@Table(name = "practice_logo")
public class PracticeLogo {

    public static final int MAX_BYTES = 256 * 1024;
    private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg");

    @Id
    private short id;

    private byte[] image;

    @Column(name = "media_type")
    private String mediaType;

    protected PracticeLogo() {}

    PracticeLogo(byte[] image, String mediaType) {
        this.id = PracticeSettings.THE_PRACTICE;
        replace(image, mediaType);
    }

    void replace(byte[] image, String mediaType) {
        if (mediaType == null || !MEDIA_TYPES.contains(mediaType)) {
            throw new RuleViolationException("logo", "The logo is a PNG or JPEG image.");
        }
        if (image == null || image.length == 0 || image.length > MAX_BYTES) {
            throw new RuleViolationException("logo", "The logo is an image of at most 256 KiB.");
        }
        if (!looksLike(image, mediaType)) {
            throw new RuleViolationException("logo", "The file is not a " + mediaType + " image.");
        }
        LogoImage.decode(image);
        this.image = image.clone();
        this.mediaType = mediaType;
    }

    private static boolean looksLike(byte[] image, String mediaType) {
        if (mediaType.equals("image/png")) {
            return image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N';
        }
        return image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
    }

    public byte[] image() {
        return image.clone();
    }

    public String mediaType() {
        return mediaType;
    }
}
