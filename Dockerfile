# The application image: build the jar with the Maven wrapper, run it on a JRE.
#   docker build -t servicedesk .        (or: docker compose build)
# Alternative without this file: ./mvnw spring-boot:build-image (Cloud Native Buildpacks, needs a Docker daemon).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/service-desk-*.jar /service-desk.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/servicedesk --create-home servicedesk
USER servicedesk
WORKDIR /var/lib/servicedesk
COPY --from=build /service-desk.jar /opt/servicedesk/service-desk.jar
EXPOSE 8080
# SIGTERM from "docker stop" shuts down gracefully (server.shutdown=graceful); give it the 30 s it may take.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/opt/servicedesk/service-desk.jar"]
