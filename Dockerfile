# Builds the service with the Maven wrapper and runs it on a JRE 17 as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app onboarding
WORKDIR /app
COPY --from=build /src/target/onboarding-orchestrator-*.jar /app/onboarding-orchestrator.jar
USER onboarding
EXPOSE 8080
# Kept from inlining the engine's toString methods, the JIT compiler no longer takes 130 MiB more
# for one compilation (docs/performance.md#memory); docker-compose.yml's options say it too.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:CompileCommand=quiet", "-XX:CompileCommand=dontinline,org/camunda/*.toString", "-jar", "/app/onboarding-orchestrator.jar"]
