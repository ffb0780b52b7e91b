# A deliberately insecure Dockerfile: it breaks every DockerfileRule (DockerfileTest). Never build it.
FROM eclipse-temurin:latest
ARG DB_PASSWORD=not-a-real-password
ENV PORTCULLIS_MASTER_KEY="bm90LWEta2V5"
ADD https://example.invalid/tool.tar.gz /opt/
COPY --chown=1000:1000 target/quarkus-app/lib/ /deployments/lib/
COPY .portcullis/master.key /deployments/
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
