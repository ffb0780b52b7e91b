package dev.portcullis.deploy.packaging;

import dev.portcullis.deploy.packaging.Dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a {@link Dockerfile} against every {@link DockerfileRule}. */
final class DockerfileRules {

    private static final List<String> APP_PARTS = List.of("target/quarkus-app/lib/", "target/quarkus-app/app/",
            "target/quarkus-app/quarkus/", "target/quarkus-app/quarkus-run.jar");
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:=|\\s+)(\"[^\"]*\"|\\S+)");
    private static final Pattern KEY_FILE = Pattern.compile("(?i)\\.(key|pem|p12|pfx|jks|crt)\\b|\\.portcullis");

    private final Dockerfile dockerfile;
    private final String where;
    private final List<Violation> violations = new ArrayList<>();

    private DockerfileRules(Dockerfile dockerfile, String where) {
        this.dockerfile = dockerfile;
        this.where = where;
    }

    static List<Violation> check(Dockerfile dockerfile, String where) {
        DockerfileRules rules = new DockerfileRules(dockerfile, where);
        rules.checkBase();
        rules.checkUser();
        rules.checkCopies();
        rules.checkPorts();
        rules.checkEnvironment();
        rules.checkEntrypoint();
        return rules.violations;
    }

    private void checkBase() {
        Instruction from = dockerfile.last("FROM");
        String image = from == null ? "" : from.arguments().split("\\s+")[0];
        String tag = image.contains("@") ? "digest"
                : image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
        require(!tag.isEmpty() && !tag.equals("latest") && tag.matches(".*\\d.*"), DockerfileRule.PINNED_BASE,
                "base image '" + image + "'");
    }

    private void checkUser() {
        Instruction user = dockerfile.last("USER");
        String name = user == null ? "root" : user.arguments().split(":")[0].trim();
        require(!name.equals("root") && !name.equals("0"), DockerfileRule.NON_ROOT_USER, "runs as " + name);
    }

    private void checkCopies() {
        require(dockerfile.all("ADD").isEmpty(), DockerfileRule.NO_ADD, "ADD " + dockerfile.all("ADD"));
        List<String> copied = new ArrayList<>();
        for (Instruction copy : dockerfile.all("COPY")) {
            copied.add(copy.arguments());
            require(!copy.arguments().contains("--chown") && !copy.arguments().contains("--chmod"),
                    DockerfileRule.ROOT_OWNED_FILES, "COPY " + copy.arguments());
            require(!KEY_FILE.matcher(copy.arguments()).find(), DockerfileRule.NO_BAKED_SECRETS,
                    "COPY " + copy.arguments());
        }
        for (String part : APP_PARTS) {
            require(copied.stream().anyMatch(arguments -> arguments.startsWith(part) || arguments.contains(" " + part)),
                    DockerfileRule.APP_LAYOUT, part + " is not copied");
        }
    }

    private void checkPorts() {
        List<String> exposed = new ArrayList<>();
        dockerfile.all("EXPOSE").forEach(e -> exposed.addAll(List.of(e.arguments().split("\\s+"))));
        for (String port : List.of("8080", "9000")) {
            require(exposed.contains(port) || exposed.contains(port + "/tcp"), DockerfileRule.PORTS,
                    "port " + port + " is not exposed");
        }
    }

    private void checkEnvironment() {
        boolean listensOnAll = false;
        for (String keyword : List.of("ENV", "ARG")) {
            for (Instruction instruction : dockerfile.all(keyword)) {
                Matcher pair = ENV_PAIR.matcher(instruction.arguments());
                while (pair.find()) {
                    String name = pair.group(1);
                    listensOnAll |= keyword.equals("ENV") && name.equals("PORTCULLIS_HOST")
                            && pair.group(2).replace("\"", "").equals("0.0.0.0");
                    require(!SecretNames.looksSecret(name), DockerfileRule.NO_BAKED_SECRETS,
                            keyword + " " + name + " gives a secret a value in the image");
                }
            }
        }
        require(listensOnAll, DockerfileRule.LISTEN_ON_ALL, "PORTCULLIS_HOST is not 0.0.0.0");
    }

    private void checkEntrypoint() {
        Instruction entrypoint = dockerfile.last("ENTRYPOINT");
        String command = entrypoint == null ? "" : entrypoint.arguments();
        require(command.contains("-Djava.io.tmpdir=/tmp"), DockerfileRule.TMP_DIR,
                "the entrypoint does not set java.io.tmpdir=/tmp");
    }

    private void require(boolean holds, DockerfileRule rule, String detail) {
        if (!holds) {
            violations.add(new Violation(rule, where, detail));
        }
    }
}
