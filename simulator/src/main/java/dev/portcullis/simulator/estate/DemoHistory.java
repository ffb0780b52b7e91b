package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.CheckIds.JIT_QUALITY_CHECKS;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_BYPASSED;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_COVERS_MANAGEMENT_PORTS;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_ENABLED;
import static dev.portcullis.simulator.estate.CheckIds.VM_MANAGEMENT_PORT_INTERNET_EXPOSED;
import static dev.portcullis.simulator.estate.Scenario.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo estate's last 30 days, day 0 (29 days ago) to day 29 (today, {@link Estate#demo()}).
 * The days below are when something changes; {@link DemoEstate} reads them to build each day.
 * The README's History table is generated from {@link #changes()} and the days' expectations.
 *
 * <p>Nothing else changes from one day to the next: ids, names and addresses stay; a VM that does
 * not exist on a day takes its addresses all the same, so the others keep theirs.
 */
public final class DemoHistory {

    /** Days 0 to 29. */
    public static final int DAYS = 30;
    public static final int FIRST_DAY = 0;
    /** Today: {@link Estate#demoOnDay}{@code (TODAY)} is {@link Estate#demo()}. */
    public static final int TODAY = DAYS - 1;

    // --- created in the window (they exist today) ---------------------------------------------------
    /** {@code lab-ftp-01} (exposed-port-range) is created. */
    public static final int LAB_FTP_01_CREATED = 3;
    /** {@code edge-ssh-01} (exposed-from-internet) is created. */
    public static final int EDGE_SSH_01_CREATED = 10;
    /** {@code pos-win-03} (protected-windows, shared NSG nsg-pos-windows) is created. */
    public static final int POS_WIN_03_CREATED = 14;
    /** {@code sbx-03} (sandbox-no-jit-policy, shared NSG nsg-sandbox) is created. */
    public static final int SBX_03_CREATED = 26;

    // --- deleted in the window (they do not exist today) --------------------------------------------
    /** {@code web-canary-01} (jit-source-star) is deleted with its NIC, NSG, public IP and JIT entry. */
    public static final int WEB_CANARY_01_DELETED = 9;
    /** {@code dev-scratch-01} (jit-duration-pt24h) is deleted with its NIC, NSG, public IP and JIT entry. */
    public static final int DEV_SCRATCH_01_DELETED = 13;
    /** {@code pos-kiosk-01} (jit-rdp-only-bypassed) is deleted with its NIC, NSG, public IP and JIT entry. */
    public static final int POS_KIOSK_01_DELETED = 19;

    // --- fixed in the window and fixed today ---------------------------------------------------------
    /** {@code dev-api-02} joins rg-dev-apps' JIT policy (22 and 2222). */
    public static final int DEV_API_02_JOINS_JIT = 8;
    /** {@code win-02}'s JIT port 3389 goes from {@code P1D} to {@code PT3H}. */
    public static final int WIN_02_RDP_DURATION_SHORTENED = 12;
    /** {@code pos-01}'s NSG loses {@code AllowSSHFromInternet} (300). */
    public static final int POS_01_SSH_RULE_REMOVED = 15;
    /** Contoso Production's Defender for Servers goes from Standard P1 to Standard P2. */
    public static final int CONTOSO_PRODUCTION_DEFENDER_P2 = 20;

    // --- regressions ---------------------------------------------------------------------------------
    /** {@code dev-api-01}'s NSG loses {@code AllowSSHFromInternet} (300), left over from its setup. */
    public static final int DEV_API_01_SSH_RULE_REMOVED = 5;
    /** {@code dev-api-01}'s NSG gets {@code AllowSSHFromInternet} (300) back (someone debugging). */
    public static final int DEV_API_01_SSH_RULE_ADDED_AGAIN = 18;
    /** {@code dev-api-01}'s NSG loses it again, for good. */
    public static final int DEV_API_01_SSH_RULE_REMOVED_AGAIN = 22;
    /** {@code web-legacy-01}'s NSG gets {@code AllowSSHFromInternet} (300), still there today. */
    public static final int WEB_LEGACY_01_SSH_RULE_ADDED = 24;

    // --- a subscription that cannot be read ----------------------------------------------------------
    /** The day on which {@link #FAILING_SUBSCRIPTION_ID} answers 500 (the driver injects it; the estate is unchanged). */
    public static final int FAILING_DAY = 17;
    public static final String FAILING_SUBSCRIPTION_ID = DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID;

    // --- scenarios only earlier days use (the others are DemoScenarios') -------------------------------
    public static final Scenario OWN_NSG_NO_JIT = scenario("own-nsg-no-jit",
            "Linux; NIC NSG with only the default rules, no public IP; in no JIT policy (yet)")
            .failing(VM_JIT_ENABLED).notApplicable(JIT_QUALITY_CHECKS).status(JitStatus.UNPROTECTED);
    public static final Scenario JIT_RDP_ONLY_BYPASSED = scenario("jit-rdp-only-bypassed",
            "Windows; JIT on 3389 only (PT1H, from 10.0.0.0/8); user rule AllowRDPFromInternet (300) allows 3389 "
                    + "from Internet ahead of JIT's deny; Standard public IP")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_COVERS_MANAGEMENT_PORTS, VM_JIT_BYPASSED)
            .status(JitStatus.PARTIAL);

    /** Scenarios used on earlier days only, in table order. */
    public static final List<Scenario> SCENARIOS = List.of(OWN_NSG_NO_JIT, JIT_RDP_ONLY_BYPASSED);

    private DemoHistory() {
    }

    /** @throws IllegalArgumentException unless {@code 0 <= day <= 29} */
    public static int requireDay(int day) {
        if (day < FIRST_DAY || day > TODAY) {
            throw new IllegalArgumentException("day must be between " + FIRST_DAY + " and " + TODAY + ", not " + day);
        }
        return day;
    }

    /** The subscriptions that answer 500 on {@code day}: Fabrikam Retail on day 17, none on other days. */
    public static List<String> failingSubscriptionsOnDay(int day) {
        requireDay(day);
        return day == FAILING_DAY ? List.of(FAILING_SUBSCRIPTION_ID) : List.of();
    }

    /** Whether {@code dev-api-01}'s NSG has the user rule AllowSSHFromInternet on {@code day}. */
    static boolean devApi01SshOpen(int day) {
        return day < DEV_API_01_SSH_RULE_REMOVED
                || (day >= DEV_API_01_SSH_RULE_ADDED_AGAIN && day < DEV_API_01_SSH_RULE_REMOVED_AGAIN);
    }

    /**
     * What changes on each day that changes, written by hand (day 0 describes the starting point).
     * A test holds it to the estates: a day is listed exactly when its payloads or expectations
     * differ from the day before, or when a subscription fails.
     */
    public static Map<Integer, String> changes() {
        Map<Integer, String> changes = new TreeMap<>();
        changes.put(0, "The window opens. Unlike today: web-canary-01, dev-scratch-01 and pos-kiosk-01 exist; "
                + "lab-ftp-01, edge-ssh-01, pos-win-03 and sbx-03 do not yet; dev-api-01 and pos-01 have "
                + "AllowSSHFromInternet (300); dev-api-02 is in no JIT policy; win-02's JIT allows 3389 for P1D; "
                + "web-legacy-01 has no AllowSSHFromInternet; Contoso Production has Defender Standard P1");
        changes.put(LAB_FTP_01_CREATED, "lab-ftp-01 created (Contoso Development, rg-dev-lab): NSG allows Tcp 20-25 "
                + "from 0.0.0.0/0, Standard public IP, no JIT");
        changes.put(DEV_API_01_SSH_RULE_REMOVED, "dev-api-01: AllowSSHFromInternet (300) removed from its NSG");
        changes.put(DEV_API_02_JOINS_JIT, "dev-api-02 added to rg-dev-apps' JIT policy (22 and 2222, PT3H, from 10.0.0.0/8); "
                + "JIT writes its deny rules into the VM's NSG");
        changes.put(WEB_CANARY_01_DELETED, "web-canary-01 deleted (Contoso Production, rg-web-prod) with its NIC, NSG, "
                + "public IP and its entry in rg-web-prod's JIT policy");
        changes.put(EDGE_SSH_01_CREATED, "edge-ssh-01 created (Contoso Production, rg-edge-prod): NSG allows Tcp 22 "
                + "from Internet, Standard public IP, no JIT");
        changes.put(WIN_02_RDP_DURATION_SHORTENED, "win-02: JIT port 3389 maxRequestAccessDuration P1D → PT3H");
        changes.put(DEV_SCRATCH_01_DELETED, "dev-scratch-01 deleted (Contoso Development, rg-dev-apps) with its NIC, NSG, "
                + "public IP and its entry in rg-dev-apps' JIT policy");
        changes.put(POS_WIN_03_CREATED, "pos-win-03 created (Fabrikam Retail, rg-retail-core) on the shared NSG "
                + "nsg-pos-windows, in the JIT policy (JIT's deny rules added to nsg-pos-windows)");
        changes.put(POS_01_SSH_RULE_REMOVED, "pos-01: AllowSSHFromInternet (300) removed from its NSG");
        changes.put(FAILING_DAY, "Fabrikam Retail answers 500 to every request under /subscriptions/"
                + FAILING_SUBSCRIPTION_ID + "/ (injected by the driver through POST /_simulator/estate?day=17; "
                + "the estate does not change, so the product must keep that subscription's last results)");
        changes.put(DEV_API_01_SSH_RULE_ADDED_AGAIN, "dev-api-01: AllowSSHFromInternet (300, Tcp 22 from Internet) "
                + "added back to its NSG, ahead of JIT's deny at 1000");
        changes.put(POS_KIOSK_01_DELETED, "pos-kiosk-01 deleted (Fabrikam Retail, rg-retail-core) with its NIC, NSG, "
                + "public IP and its entry in rg-retail-core's JIT policy");
        changes.put(CONTOSO_PRODUCTION_DEFENDER_P2, "Contoso Production: VirtualMachines pricing Standard P1 → Standard P2");
        changes.put(DEV_API_01_SSH_RULE_REMOVED_AGAIN, "dev-api-01: AllowSSHFromInternet removed again");
        changes.put(WEB_LEGACY_01_SSH_RULE_ADDED, "web-legacy-01: AllowSSHFromInternet (300, Tcp 22 from Internet) "
                + "added to its NSG, and still there today");
        changes.put(SBX_03_CREATED, "sbx-03 created (Fabrikam Sandbox) on the shared NSG nsg-sandbox, no public IP, "
                + "no JIT policy in that subscription");
        return Collections.unmodifiableMap(changes);
    }
}
