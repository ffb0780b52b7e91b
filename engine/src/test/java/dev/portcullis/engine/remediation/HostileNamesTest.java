package dev.portcullis.engine.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.checks.EvaluationSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names and values from ARM (or configuration) that try to turn a printed remediation into another command. Each
 * payload goes into every value at once (VM, resource group, location, NSG, rule, NIC, public IP, the JIT policy's
 * name, sources, durations and other VMs, the admin ranges) and every check is rendered in every format, as the
 * remediation endpoint does. Every payload carries the word {@value #MARK}: it may appear in a string or a comment,
 * never in code.
 */
class HostileNamesTest {

    private static final String MARK = "pwned";
    /** What each payload tries to run: in bash it writes the file {@value #MARK} into the working directory. */
    private static final String RUN = "echo " + MARK + ">" + MARK;
    private static final String SUB = "c0a70500-0001-4000-8000-00000000a001";
    private static final CheckCatalogue CHECKS = CheckCatalogue.standard();
    private static final RemediationCatalogue CATALOGUE = new RemediationCatalogue(
            CHECKS.definitions().stream().map(CheckDefinition::id).toList());
    private static final EvaluationSettings SETTINGS = new EvaluationSettings(Set.of(2222), Duration.ofHours(3),
            Duration.ofHours(1));
    private static final Pattern UNPRINTABLE = Pattern.compile(
            "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    @TempDir
    Path dir;

    /** One abuse per row: its name, and the text appended to every value. */
    static Stream<Arguments> payloads() {
        return Stream.of(
                row("a line feed ends the line and runs the next", "\n" + RUN + "\n#"),
                row("CR LF ends the line", "\r\n" + RUN + "\r\n#"),
                row("a lone CR ends the line for PowerShell and editors", "\r" + RUN + "\r#"),
                row("U+2028 and U+2029 end the line for some tools", "\u2028" + RUN + "\u2029#"),
                row("NEL, VT and FF end the line for some tools", "\u0085" + RUN + "\u000B" + RUN + "\u000C#"),
                row("a single quote closes the string", "'; " + RUN + "; '"),
                row("a double quote closes the string", "\"; " + RUN + "; \""),
                row("a backslash-escaped quote closes a bash string", "\\'; " + RUN + "; #"),
                row("a backtick runs a command", "`" + RUN + "`"),
                row("$(...) runs a command", "$(" + RUN + ")"),
                row("${...} interpolates in HCL and Bicep", "${file(\"" + MARK + "\")}"),
                row("%{...} is an HCL template directive", "%{if " + MARK + "}x%{endif}"),
                row("a trailing backslash eats the closing quote", "\\"),
                row("U+2019 closes a PowerShell string", "\u2019; " + RUN + "; #"),
                row("every Unicode single quote closes a PowerShell string",
                        "\u2018\u201A\u201B; " + RUN + "; #"),
                row("Markdown and HTML structure", "` <img src=x onerror=" + MARK + "> **" + MARK + "** [x](y)"),
                row("terminal escapes and bidi overrides hide the text", "\u001B[2K\u202E" + MARK + "\u2066"));
    }

    private static Arguments row(String abuse, String payload) {
        return Arguments.of(abuse, payload);
    }

    private static VmFacts hostileVm(String p) {
        String rg = "rg" + p;
        String vmId = "/subscriptions/" + SUB + "/resourceGroups/" + rg
                + "/providers/Microsoft.Compute/virtualMachines/vm" + p;
        String otherVm = "/subscriptions/" + SUB + "/resourceGroups/" + rg
                + "/providers/Microsoft.Compute/virtualMachines/other" + p;
        String nsgId = "/subscriptions/" + SUB + "/resourceGroups/net" + p + "/providers/"
                + "Microsoft.Network/networkSecurityGroups/nsg" + p;
        JitPolicySpec policy = new JitPolicySpec(SUB, rg, "loc" + p, "policy" + p, List.of(
                new JitPolicySpec.VmEntry(otherVm, List.of(new JitPolicySpec.Port(22, "tcp" + p,
                        List.of("10.1.0.0/16" + p, "10.2.0.0/16" + p), "PT2H" + p))),
                new JitPolicySpec.VmEntry(vmId, List.of(new JitPolicySpec.Port(22, "*", List.of("10.9.0.0/16" + p),
                        "P1D")))));
        return new VmFacts(SUB, "https://management.azure.com", vmId, "vm" + p, rg, "loc" + p, OsType.LINUX,
                Optional.of(policy),
                List.of(new VmFacts.Exposure(22, "20.78.1.2" + p, nsgId, "nsg" + p, "rule" + p, 300, false, "NSG", "via public IP x (ipconfig1)"),
                        new VmFacts.Exposure(3389, "20.78.1.3" + p, nsgId, "nsg" + p, "top" + p, 100, false, "NSG", "via public IP x (ipconfig1)"),
                        new VmFacts.Exposure(22, "20.78.1.4" + p, null, null, null, null, false, "NO_NSG", "via public IP x (ipconfig1)"),
                        new VmFacts.Exposure(22, "20.78.1.5" + p, nsgId, "nsg" + p, "jit" + p, 200, true, "NSG", "via public IP x (ipconfig1)")),
                List.of(new VmFacts.Nic("/subscriptions/" + SUB + "/resourceGroups/nic" + p
                        + "/providers/Microsoft.Network/networkInterfaces/nic" + p, "nic" + p, null, List.of())),
                SampleSubjects.of(CHECKS, CATALOGUE, p));
    }

    /** Every check's remediation for the hostile VM, in one format, with hostile admin ranges too. */
    private static String render(String payload, RemediationFormat format) {
        Remediations remediations = new Remediations(CATALOGUE, SETTINGS,
                List.of("203.0.113.0/24", "198.51.100.0/24" + payload));
        List<String> checks = new ArrayList<>();
        CHECKS.vmChecks().forEach(c -> checks.add(c.id()));
        return remediations.forVm(hostileVm(payload), checks, format, Language.EN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void noValueCanStartALineOfItsOwnInAnyFormat(String abuse, String payload) {
        for (RemediationFormat format : RemediationFormat.values()) {
            String text = render(payload, format);
            assertThat(ScriptRegions.lines(text)).as(format + ": " + abuse)
                    .noneMatch(line -> line.stripLeading().startsWith(RUN));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void controlCharactersAndLineSeparatorsNeverReachTheOutput(String abuse, String payload) {
        for (RemediationFormat format : RemediationFormat.values()) {
            Matcher unprintable = UNPRINTABLE.matcher(render(payload, format));
            assertThat(unprintable.find() ? "U+%04X".formatted((int) unprintable.group().charAt(0)) : "none")
                    .as(format + ": " + abuse).isEqualTo("none");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void theCliScriptRunsNoPayloadWhenItRuns(String abuse, String payload) throws Exception {
        String script = render(payload, RemediationFormat.CLI);

        Bash run = bashWithAzStubbed(script);

        assertThat(run.exit()).as(abuse + "\n" + run.output() + "\n" + script).isZero();
        assertThat(leftovers()).as(abuse + "\n" + script).isEmpty();
        assertThat(bashSyntax(script)).as(abuse + "\n" + script).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void aCommandPrintedInACommentRunsNoPayloadWhenUncommented(String abuse, String payload) throws Exception {
        List<String> commented = new ArrayList<>();
        for (RemediationFormat format : List.of(RemediationFormat.CLI, RemediationFormat.POWERSHELL,
                RemediationFormat.TERRAFORM, RemediationFormat.BICEP)) {
            for (String line : ScriptRegions.lines(render(payload, format))) {
                Matcher command = Pattern.compile("^\\s*(?:#|//)\\s*(az .*)$").matcher(line);
                if (command.matches()) {
                    commented.add(command.group(1));
                }
            }
        }
        assertThat(commented).as("the Bicep and CLI remediations print az commands in comments").isNotEmpty();

        Bash run = bashWithAzStubbed(String.join("\n", commented) + "\n");

        assertThat(leftovers()).as(abuse + "\n" + String.join("\n", commented)).isEmpty();
        assertThat(bashSyntax(String.join("\n", commented) + "\n")).as(abuse + "\n" + run.output()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void powershellKeepsEveryValueInsideItsSingleQuotes(String abuse, String payload) {
        String ps = render(payload, RemediationFormat.POWERSHELL);

        ScriptRegions.Lexed lexed = ScriptRegions.powershell(ps);

        assertThat(lexed.errors()).as(abuse + "\n" + ps).isEmpty();
        assertThat(lexed.code()).as(abuse + "\n" + ps).doesNotContain(MARK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void terraformKeepsEveryValueInsideItsStringsAndInterpolatesNothing(String abuse, String payload) {
        String tf = render(payload, RemediationFormat.TERRAFORM);

        ScriptRegions.Lexed lexed = ScriptRegions.hcl(tf);

        assertThat(lexed.errors()).as(abuse + "\n" + tf).isEmpty();
        assertThat(lexed.expansions()).as(abuse + "\n" + tf).isEmpty();
        assertThat(lexed.code()).as(abuse + "\n" + tf).doesNotContain(MARK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void bicepKeepsEveryValueInsideItsStringsAndInterpolatesNothing(String abuse, String payload) {
        String bicep = render(payload, RemediationFormat.BICEP);

        ScriptRegions.Lexed lexed = ScriptRegions.bicep(bicep);

        assertThat(lexed.errors()).as(abuse + "\n" + bicep).isEmpty();
        assertThat(lexed.expansions()).as(abuse + "\n" + bicep).isEmpty();
        assertThat(lexed.code()).as(abuse + "\n" + bicep).doesNotContain(MARK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void markdownKeepsEveryValueInsideCodeSpans(String abuse, String payload) {
        String portal = render(payload, RemediationFormat.PORTAL);

        assertThat(ScriptRegions.markdownOutsideCode(portal)).as(abuse + "\n" + portal).doesNotContain(MARK);
    }

    @Test
    void aRuleNameWithALineBreakCannotEndTheCommentAndRunCode() throws Exception {
        String cli = render("\n" + RUN + "\n#", RemediationFormat.CLI);

        assertThat(cli.lines().filter(l -> l.startsWith("# Close the rule")).toList()).hasSize(2)
                .allMatch(l -> l.contains("\uFFFD" + RUN + "\uFFFD#"));
        bashWithAzStubbed(cli);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void terraformDoublesDollarAndPercentBeforeABrace() {
        String tf = render("${file(\"/etc/passwd\")}%{if true}x%{endif}", RemediationFormat.TERRAFORM);

        assertThat(tf).contains("rule$${file(\\\"/etc/passwd\\\")}%%{if true}x%%{endif}")
                .contains("10.1.0.0/16$${file(\\\"/etc/passwd\\\")}%%{if true}x%%{endif}");
    }

    @Test
    void terraformAndBicepEscapeLineBreaksInsteadOfWritingThem() {
        assertThat(render("\r\nx\t", RemediationFormat.TERRAFORM)).contains("10.1.0.0/16\\r\\nx\\t\"")
                .contains("rule\\r\\nx\\t\"");
        assertThat(render("\r\nx\t\u2028", RemediationFormat.BICEP)).contains("'10.1.0.0/16\\r\\nx\\t\\u{2028}'")
                .contains("/policy\\r\\nx\\t\\u{2028}'");
    }

    @Test
    void bicepEscapesBackslashQuoteAndDollar() {
        assertThat(render("\\'${x}", RemediationFormat.BICEP)).contains("'10.1.0.0/16\\\\\\'\\${x}'")
                .contains("/Deny-Internet-Above-rule\\\\\\'\\${x}'");
    }

    @Test
    void powershellDoublesEveryUnicodeSingleQuote() {
        String ps = render("'\u2018\u2019\u201A\u201B", RemediationFormat.POWERSHELL);

        assertThat(ps).contains("'10.1.0.0/16''\u2018\u2018\u2019\u2019\u201A\u201A\u201B\u201B'")
                .contains("Where-Object Name -eq 'rule''\u2018\u2018\u2019\u2019\u201A\u201A\u201B\u201B'");
    }

    @Test
    void theAzCommandInABicepCommentIsQuotedForBashNotForBicep() {
        String bicep = render("'; " + RUN + "; '", RemediationFormat.BICEP);

        assertThat(bicep).contains("// az deployment group create --subscription '" + SUB
                + "' --resource-group 'rg'\\''; " + RUN + "; '\\''' --template-file main.bicep");
    }

    @Test
    void adminSourceRangesInTheNarrowingCommandAreQuotedWhenTheyAreNotPlainRanges() {
        String cli = render("; " + RUN, RemediationFormat.CLI);

        assertThat(cli).contains("--source-address-prefixes 203.0.113.0/24 '198.51.100.0/24; " + RUN + "'");
    }

    @Test
    void aHostilePolicyCannotPointTheRestCallsAtAnotherResource() {
        JitPolicySpec policy = new JitPolicySpec(SUB, "rg/../../../providers/Microsoft.Authorization", "..",
                "x?api-version=1#/../../roleAssignments/00000000-0000-0000-0000-000000000000", List.of());
        VmFacts vm = hostileVm("x");
        VmFacts facts = new VmFacts(vm.subscriptionId(), vm.armEndpoint(), vm.vmId(), vm.vmName(), vm.resourceGroup(),
                vm.location(), vm.osType(), Optional.of(policy), vm.exposures(), vm.nics());
        String cli = new Remediations(CATALOGUE, SETTINGS, List.of("203.0.113.0/24")).forVm(facts,
                List.of("vm_jit_enabled"), RemediationFormat.CLI, Language.EN);

        List<String> urls = Pattern.compile("--url '([^']*)'").matcher(cli).results().map(r -> r.group(1)).toList();

        assertThat(urls).hasSize(2).allSatisfy(url -> {
            URI uri = URI.create(url).normalize();
            assertThat(uri.getRawFragment()).isNull();
            assertThat(uri.getRawQuery()).isEqualTo("api-version=2020-01-01");
            assertThat(uri.getRawPath()).startsWith("/subscriptions/" + SUB + "/resourceGroups/rg%2F..%2F..%2F..%2F");
            String[] segments = uri.getRawPath().replaceFirst("/initiate$", "").split("/");
            assertThat(segments).hasSize(11);
            assertThat(segments[5] + "/" + segments[6] + "/" + segments[7] + "/" + segments[9])
                    .isEqualTo("providers/Microsoft.Security/locations/jitNetworkAccessPolicies");
        });
    }

    private record Bash(int exit, String output) {
    }

    /** Runs the script with {@code az} and {@code cat} as shell functions and no PATH: only bash builtins run. */
    private Bash bashWithAzStubbed(String script) throws IOException, InterruptedException {
        Path file = dir.resolve("script.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", "-c", "PATH=/nonexistent; az() { :; }; "
                + "cat() { while IFS= read -r l || [ -n \"$l\" ]; do printf '%s\\n' \"$l\"; done; }; . ./script.sh")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = bash.waitFor();
        Files.delete(file);
        return new Bash(exit, output);
    }

    /** Bash's syntax errors for the script, empty when it parses. */
    private String bashSyntax(String script) throws IOException, InterruptedException {
        Path file = dir.resolve("syntax.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ok = bash.waitFor() == 0;
        Files.delete(file);
        return ok ? "" : output;
    }

    /** Files the script left in its working directory: a payload that ran wrote one. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toList());
        }
    }
}
