#!/usr/bin/env python3
"""Where the service's CPU went, from a JFR recording's execution samples.

Prints, per thread group (requests, the job executor, webhooks...), its share of the samples, and
per component (the engine's SQL layer, the JDBC driver, Jackson...) the share of samples that had it
anywhere on the stack (a sample counts for every component on it) and that it ran itself, with the
JDK code it called (the first frame outside the JDK is charged).
Usage: bench/jfr-summary.py target/bench/profile.jfr, after a benchmark whose service recorded from
its start (the recording's own code is then compiled during the warm-up, not in the scenarios):
  BENCH_JAVA_EXTRA="-XX:StartFlightRecording=settings=profile,dumponexit=true,\
filename=target/bench/profile.jfr" SCENARIOS="1" bench/run.sh
The recording covers the whole run, the warm-up's creations included.
"""
import collections
import re
import subprocess
import sys

# First match wins: the more specific prefixes come first.
COMPONENTS = [
    ('io.onboarding.orchestrator.', 'the service\'s own code'),
    ('org.camunda.bpm.dmn.', 'decision tables (DMN)'),
    ('org.camunda.feel.', 'decision tables (FEEL)'),
    ('org.camunda.bpm.engine.impl.db.', 'engine persistence (entity cache, flush)'),
    ('org.camunda.bpm.engine.impl.history.', 'engine history'),
    ('org.camunda.bpm.engine.impl.jobexecutor.', 'engine job executor'),
    ('org.camunda.', 'engine, other'),
    ('org.apache.ibatis.', 'MyBatis (the engine\'s SQL)'),
    ('org.postgresql.', 'JDBC driver'),
    ('com.zaxxer.hikari.', 'connection pool'),
    ('org.hibernate.', 'Hibernate'),
    ('com.fasterxml.jackson.', 'Jackson'),
    ('ch.qos.logback.', 'logging'),
    ('org.slf4j.', 'logging'),
    ('io.micrometer.', 'metrics (Micrometer)'),
    ('org.springframework.security.', 'Spring Security'),
    ('org.springframework.', 'Spring, other'),
    ('org.apache.catalina.', 'Tomcat'),
    ('org.apache.coyote.', 'Tomcat'),
    ('org.apache.tomcat.', 'Tomcat'),
    ('java.', 'JDK'),
    ('jdk.', 'JDK'),
    ('sun.', 'JDK'),
]
STARTUP = 'startup (the main thread; left out below)'
THREADS = [
    (r'^main$', STARTUP),
    (r'^http-nio-', 'HTTP requests'),
    (r'^camundaTaskExecutor', 'job executor (running jobs)'),
    (r'^JobExecutor\[', 'job executor (acquiring jobs)'),
    (r'webhook|^HttpClient', 'webhooks'),
    (r'^migration-', 'migrations'),
]


def is_jdk(frame):
    return frame.startswith(('java.', 'jdk.', 'sun.'))


def component(frame):
    for prefix, name in COMPONENTS:
        if frame.startswith(prefix):
            return name
    return 'other libraries'


def thread_group(thread):
    for pattern, name in THREADS:
        if re.search(pattern, thread, re.IGNORECASE):
            return name
    return 'other threads'


def samples(recording):
    # jfr comes with the JDK (not with a JRE alone).
    text = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '256', recording],
                          check=True, capture_output=True, text=True).stdout
    thread, frames, in_stack = None, [], False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith('sampledThread = '):
            thread = line.split('"')[1]
        elif line.startswith('stackTrace = ['):
            frames, in_stack = [], True
        elif in_stack and line == ']':
            in_stack = False
            yield thread, frames
        elif in_stack and line != '...':
            frames.append(line)


def main(recording):
    threads = collections.Counter()
    inclusive = collections.Counter()
    top = collections.Counter()
    total = 0
    for thread, frames in samples(recording):
        group = thread_group(thread)
        threads[group] += 1
        if group == STARTUP:
            continue
        total += 1
        # A sample in the JDK (a HashMap, reflection, a socket) is charged to the code that called it.
        caller = next((frame for frame in frames if not is_jdk(frame)), frames[0] if frames else None)
        if caller:
            top[component(caller)] += 1
        for name in {component(frame) for frame in frames}:
            inclusive[name] += 1
    if not total:
        print('no execution samples in', recording)
        return
    print(f'{sum(threads.values())} execution samples')
    print('| thread group | share |')
    print('|---|---|')
    for name, count in threads.most_common():
        print(f'| {name} | {100 * count / sum(threads.values()):.0f} % |')
    print()
    print(f'{total} samples after startup: the share that had a component anywhere on the stack, and the share')
    print('it ran itself (with the JDK code it called)')
    print('| component | on the stack | itself |')
    print('|---|---|---|')
    for name, count in inclusive.most_common():
        print(f'| {name} | {100 * count / total:.0f} % | {100 * top[name] / total:.0f} % |')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
