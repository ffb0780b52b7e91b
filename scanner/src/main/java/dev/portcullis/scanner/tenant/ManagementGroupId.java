package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.InvalidFieldException;
import java.util.regex.Pattern;

/**
 * A management group's id (its name, as in {@code /providers/Microsoft.Management/managementGroups/<id>}): Azure
 * allows up to 90 ASCII letters, digits, {@code - _ ( ) .}. The one definition, for onboarding and for the commands
 * printed for a management group; an id that does not match never reaches either.
 */
public final class ManagementGroupId {

    public static final String FIELD = "managementGroupId";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_().-]{1,90}");

    private ManagementGroupId() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The id itself, or an {@link InvalidFieldException} naming {@value #FIELD}. */
    public static String require(String id) {
        if (!isValid(id)) {
            throw new InvalidFieldException(FIELD, "managementGroupId must be a management group's id"
                    + " (its name: up to 90 letters, digits, - _ ( ) .)");
        }
        return id;
    }
}
