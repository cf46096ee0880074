#!/usr/bin/env python3
"""Synthetic data for bench/screening.sh: made-up names, never real people.

  screening-data.py parties N FILE     COPY rows for screening_parties (tab-separated)
  screening-data.py list N FILE [D]    an OpenSanctions simple CSV of N entries; with D, the
                                       first D entries changed (another birth date)
Names are drawn from syllables, so that there are many distinct ones, with the spelling
variants screening must see through; a few hundred parties carry listed names."""
import csv, hashlib, json, random, sys, uuid

SYLLABLES = ['ka', 'ri', 'mo', 'lan', 'der', 'vi', 'so', 'ne', 'tor', 'ha', 'sa', 'bel', 'gor', 'mi', 'ra',
             'don', 'el', 'va', 'lu', 'pet', 'an', 'ko', 'zi', 'mar', 'te', 'no', 'ber', 'ul', 'fa', 'dim']
GIVEN = ['Anna', 'Maria', 'Olga', 'Elena', 'Sofia', 'Ivan', 'Pavel', 'Omar', 'Ali', 'Hassan', 'Mohammed',
         'Chen', 'Wei', 'Li', 'John', 'Peter', 'Jonas', 'Lukas', 'Nadia', 'Rita', 'Carlos', 'Jose', 'Amina',
         'Fatima', 'Yusuf', 'Dmitri', 'Sergei', 'Marta', 'Ewa', 'Tomasz', 'Kofi', 'Ama', 'Raj', 'Priya']
COUNTRIES = ['gb', 'de', 'fr', 'ru', 'ir', 'cn', 'us', 'br', 'ng', 'in', 'tr', 'ae', 'cy', 'pl', 'ua']


def family(rng):
    return ''.join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def person(rng):
    return f'{rng.choice(GIVEN)} {family(rng)}', f'{rng.randint(1940, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}'


def company(rng):
    return f'{family(rng)} {rng.choice(["Trading", "Holding", "Logistics", "Shipping", "Invest"])} {rng.choice(["Ltd", "GmbH", "LLC", "S.A."])}', None


def parties(n, path):
    rng = random.Random(1)
    listed = random.Random(2)
    with open(path, 'w') as out:
        for i in range(1, n + 1):
            is_company = rng.random() < 0.1
            name, date = company(rng) if is_company else person(rng)
            if i % 3000 == 0:  # a listed name: what the rescreen must find
                name, date = person(listed)
            pid = uuid.uuid4()
            fields = [str(pid), str(uuid.uuid4()), 'client', 't' if is_company else 'f', name,
                      json.dumps([name]), json.dumps([date] if date else []), json.dumps([rng.choice(COUNTRIES)]),
                      '[]', hashlib.sha256(str(pid).encode()).hexdigest(), str(i), 'f', '{}',
                      '2026-01-01 00:00:00+00']
            out.write('\t'.join(fields) + '\n')


def listing(n, path, changed=0):
    rng = random.Random(3)
    listed = random.Random(2)
    with open(path, 'w', newline='') as out:
        w = csv.writer(out)
        w.writerow(['id', 'schema', 'name', 'aliases', 'birth_date', 'countries', 'addresses', 'identifiers',
                    'sanctions', 'phones', 'emails', 'dataset', 'first_seen', 'last_seen', 'last_change'])
        for i in range(n):
            if i % 1000 == 0 and i // 1000 < 340:
                name, date = person(listed)
                schema = 'Person'
            elif rng.random() < 0.2:
                name, date = company(rng)
                schema = 'Company'
            else:
                name, date = person(rng)
                schema = 'Person'
            if i < changed and date:
                date = f'{int(date[:4]) - 1}{date[4:]}'
            alias = name.replace('a', 'o', 1) if rng.random() < 0.3 else ''
            w.writerow([f'e-{i}', schema, name, alias, date or '', rng.choice(COUNTRIES), '', '',
                        'Synthetic programme', '', '', 'Synthetic list', '2026-01-01', '2026-01-01', '2026-01-01'])


if __name__ == '__main__':
    what, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if what == 'parties':
        parties(n, path)
    else:
        listing(n, path, int(sys.argv[4]) if len(sys.argv) > 4 else 0)
