"""Writes gold.json from the hand annotations below: finds each annotated expression in the raw
text (n-th occurrence) so offsets are exact. Every value here was worked out by hand from the
text, before the pipeline was run on these documents. Run: python tests/data/heldout/make_gold.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"

CONVENTIONS = [
    "Written before the pipeline was run on these documents and before its code was read.",
    "DATES. A temporal expression is anything that names a calendar interval: full and partial dates, weekdays, "
    "relative words anchored on the published date or on a governing date ('Monday', 'last month', 'the previous day', "
    "'later in the day'), months, years, seasons, decades, centuries, ranges. NOT dates: times of day ('4:00 p.m.', "
    "'7:47 a.m.'), durations ('for approximately 50 minutes', 'for 15 years', 'in five years', 'Three decades'), "
    "ages and counts, frequencies ('every year', 'annual'), ordinal anniversaries ('the 45th anniversary'). "
    "Event-relative offsets without a calendar anchor ('hours after', 'a month after', 'three days after') are "
    "optional: not required, not counted as spurious.",
    "Relative weekdays: the most recent such day on or before the published date for past tense; the next such day "
    "for future tense ('The exercise runs through Thursday'). 'last <weekday>' = the most recent such day before the "
    "published date; 'last August' = the most recent August before the published month.",
    "Without a published date (official pages), year-less dates take the year of the document's current (governing) "
    "date; 'last year' is relative to the governing date's year.",
    "'the previous day' / 'later in the day' are relative to the date of the event being narrated (the last date "
    "mentioned before them).",
    "Ranges: 'between 2016 and 2017' = 2016-01-01..2017-12-31 precision year; 'March 19-20' = two days, precision day; "
    "'from 1910 to 1945' = 1910-01-01..1945-12-31 year. One row per range.",
    "'earlier this month' = first of the month .. reference date, precision month; 'later this month' = reference "
    "date .. end of month, precision month; 'earlier this week' = Monday of the week .. reference date, precision week.",
    "Parts (mod): early/beginning = first third, mid = middle third, late/end = last third. Year: Jan-Apr, May-Aug, "
    "Sep-Dec ('late 2002' = 2002-09-01..2002-12-31, precision year, mod end). Decade: 0-3, 4-6, 7-9 "
    "('the mid-2000s' = 2004-01-01..2006-12-31, precision decade, mod mid). 'early Sunday' = that day, mod start.",
    "Centuries: 'the 20th century' = 1900-01-01..1999-12-31 (TIMEX3 '19'), precision century.",
    "'Around 2006' = 2006-01-01..2006-12-31, precision year, approximate true.",
    "Scoring a date: right when an output row overlaps the gold span and has the same value_start, value_end and "
    "precision (mod and approximate are reported, not scored).",
    "PEOPLE: real people only, canonical full name in the usual English order (given name first for Japanese names: "
    "'HAYASHI Yoshimasa' -> 'Yoshimasa Hayashi'), no titles. Korean names match with or without hyphens "
    "(case-insensitive); an all-caps word in an output name is wrong. 'also' lists other accepted names (a surname "
    "only where the text never gives the full name). Ship names ('Theodore Roosevelt' the carrier) are not people.",
    "PLACES: named geographic entities: countries (also by abbreviation: 'U.S.', 'ROK', 'DPRK', and as the first word "
    "of 'U.S. President'), cities (a capital used for its government, 'Tokyo said', counts as the city), regions, seas, "
    "facilities. Demonyms ('Japanese', 'South Korean', 'north Korean', 'Asian') are NOT places. 'Sea of Japan' and "
    "'East Sea' are one place. Seas, straits and the Korean Peninsula have country_iso3 null. A place matches when "
    "its name (or an 'also' name) and its country_iso3 (one of 'iso3') agree. 'optional' places are not required and "
    "not counted as false positives.",
    "EVENTS: PLOVER types. CONSULT = meetings, talks, summits, phone calls (also a multilateral summit); PROTEST = a "
    "lodged protest; MOBILIZE = missile launches and weapons tests (category 'launch') and military drills "
    "(category 'other'); SANCTION, AGREE, REJECT (veto), ACCUSE, THREATEN, REQUEST as in PLOVER. An output event "
    "matches a gold event when type, date_start and date_end are equal and, when gold gives a place list, the "
    "output place_name is one of them (case-insensitive). Matching is one-to-one. Recall counts 'required' events; "
    "precision counts output events matching any gold event (required or optional). A negated event ('No bilateral "
    "summit meeting ... was held') is not an event.",
]

# (text, occurrence (0-based), value_start, value_end, precision, mod, approximate)
# precision None => optional (not scored, not spurious)
D = lambda t, vs, ve, p, mod=None, approx=False, occ=0: dict(text=t, occ=occ, value_start=vs, value_end=ve, precision=p, mod=mod, approximate=approx)
OPT = lambda t, occ=0: dict(text=t, occ=occ, optional=True)

P = lambda name, *also, optional=False: dict(name=name, also=list(also), optional=optional)
def L(name, iso3, *also, kind=None, optional=False):
    iso = iso3 if isinstance(iso3, list) else [iso3]
    return dict(name=name, iso3=iso, also=list(also), kind=kind, optional=optional)
def E(type_, ds, de, place=None, category="other", required=True, evidence=""):
    return dict(type=type_, date_start=ds, date_end=de, place=place, category=category, required=required, evidence=evidence)

NK = lambda **kw: L("North Korea", "PRK", "Democratic People's Republic of Korea", "DPRK", "Korea, Democratic People's Republic of", kind="country", **kw)
SK = lambda **kw: L("South Korea", "KOR", "Republic of Korea", "ROK", "Korea, Republic of", kind="country", **kw)
US = lambda **kw: L("United States", "USA", "United States of America", "USA", "U.S.", kind="country", **kw)
JP = lambda **kw: L("Japan", "JPN", kind="country", **kw)
CN = lambda **kw: L("China", "CHN", "People's Republic of China", kind="country", **kw)
RU = lambda **kw: L("Russia", "RUS", "Russian Federation", kind="country", **kw)
WASH = lambda: L("Washington", "USA", "Washington, D.C.", "Washington DC", kind="city")
KP = lambda: L("Korean Peninsula", None, kind="region")
SOJ = lambda: L("Sea of Japan", None, "East Sea", "Japan Sea", kind="sea")
city = lambda n, iso, *also: L(n, iso, *also, kind="city")

DOCS = {
 "kyodo-abduction": dict(version="2024-03-26", source="Kyodo", published="2024-03-26",
  dates=[
   D("March 26", "2024-03-26", "2024-03-26", "day"),
   D("Monday", "2024-03-25", "2024-03-25", "day"),
   D("the 1970s", "1970-01-01", "1979-12-31", "decade"),
   D("1980s", "1980-01-01", "1989-12-31", "decade"),
   OPT("hours after"),
   D("Last month", "2024-02-01", "2024-02-29", "month"),
   D("1977", "1977-01-01", "1977-12-31", "year"),
   D("October 2002", "2002-10-01", "2002-10-31", "month"),
   OPT("a month after"),
   D("2002", "2002-01-01", "2002-12-31", "year", occ=1),
   D("Tuesday", "2024-03-26", "2024-03-26", "day"),
   D("last August", "2023-08-01", "2023-08-31", "month"),
  ],
  people=[P("Fumio Kishida"), P("Kim Jong Un"), P("Kim Yo Jong"), P("Sakie Yokota"), P("Megumi Yokota", "Megumi"),
          P("Junichiro Koizumi"), P("Kim Jong Il"), P("Yoshimasa Hayashi"), P("Joe Biden", "Joseph Biden", "Joseph R. Biden"),
          P("Yoon Suk Yeol")],
  places=[city("Tokyo", "JPN"), NK(), JP(), city("Pyongyang", "PRK"),
          L("Niigata", "JPN", "Niigata Prefecture", kind="region"), city("Beijing", "CHN"),
          L("Camp David", "USA", kind="facility"), US()],
  events=[
   E("CONSULT", "2024-03-25", "2024-03-25", None, "meeting", evidence="Kishida met on Monday with relatives of abductees"),
   E("REJECT", "2024-03-25", "2024-03-25", None, required=False, evidence="Kim Yo Jong: Pyongyang would reject any further contact (date implied: hours before Monday's meeting)"),
   E("CONSULT", "2002-01-01", "2002-12-31", ["Pyongyang"], "meeting", required=False, evidence="Koizumi-Kim Jong Il summit; 'At the talks in 2002'"),
   E("CONSULT", "2002-09-01", "2002-09-30", ["Pyongyang"], "meeting", required=False, evidence="same summit, 'a month after' October 2002"),
   E("PROTEST", "2024-03-26", "2024-03-26", None, "protest", evidence="Japan on Tuesday lodged a protest with North Korea through its embassy in Beijing"),
   E("CONSULT", "2023-08-01", "2023-08-31", ["Camp David"], "meeting", evidence="their meeting at Camp David last August"),
  ]),
 "yonhap-srbm": dict(version="2023-03-19", source="Yonhap", published="2023-03-19",
  dates=[
   D("March 19", "2023-03-19", "2023-03-19", "day"),
   D("early Sunday", "2023-03-19", "2023-03-19", "day", mod="start"),
   OPT("three days after"),
   D("the previous day", "2023-03-18", "2023-03-18", "day"),
   D("On Thursday", "2023-03-16", "2023-03-16", "day"),
   D("Sunday", "2023-03-19", "2023-03-19", "day", occ=1),          # "Sunday's missile"
   D("later Sunday", "2023-03-19", "2023-03-19", "day"),
   D("later in the day", "2023-03-19", "2023-03-19", "day"),
   D("last Monday", "2023-03-13", "2023-03-13", "day"),
   OPT("in five years"),
   D("Thursday", "2023-03-23", "2023-03-23", "day", occ=1),        # "runs through Thursday" (future)
   D("Last year", "2022-01-01", "2022-12-31", "year"),
  ],
  people=[P("Yoon Suk Yeol"), P("Fumio Kishida"), P("Kim Gunn"), P("Takehiro Funakoshi"), P("Kim Jong Un")],
  places=[city("Seoul", "KOR"), NK(), SOJ(), SK(), JP(),
          L("Tongchang-ri", "PRK", "Tongchang-ni", "Tongchang", "Tongchangri", kind="city"),
          L("North Pyongan Province", "PRK", "North Pyongan", "Pyonganbuk-do", "P'yŏngan-bukto", kind="region"),
          L("Sohae Satellite Launching Ground", "PRK", "Sohae Satellite Launching Station", "Sohae", kind="facility"),
          US(), city("Pyongyang", "PRK"), L("Sunan", "PRK", "Sunan International Airport", "Pyongyang International Airport", kind="city", optional=True),
          city("Tokyo", "JPN"), city("Beijing", "CHN"), WASH(), city("Wonsan", "PRK")],
  events=[
   E("MOBILIZE", "2023-03-19", "2023-03-19", ["Tongchang-ri", "Tongchang-ni", "Sea of Japan", "East Sea", "North Pyongan Province", "Sohae Satellite Launching Ground"], "launch",
     evidence="fired a short-range ballistic missile into the East Sea early Sunday"),
   E("MOBILIZE", "2023-03-16", "2023-03-16", ["Pyongyang", "Sunan"], "launch", evidence="On Thursday, the North fired a Hwasong-17 ICBM from the Sunan area of Pyongyang"),
   E("CONSULT", "2023-03-16", "2023-03-16", ["Tokyo"], "meeting", required=False, evidence="Yoon left for Tokyo for talks with Kishida (date implied)"),
   E("PROTEST", "2023-03-19", "2023-03-19", None, "protest", evidence="Tokyo lodged a protest through its embassy in Beijing later Sunday"),
   E("CONSULT", "2023-03-19", "2023-03-19", None, "meeting", evidence="In a phone call later in the day, Kim Gunn and Takehiro Funakoshi"),
   E("AGREE", "2023-03-19", "2023-03-19", None, required=False, evidence="agreed that the provocations would strengthen cooperation"),
   E("MOBILIZE", "2023-03-13", "2023-03-23", None, required=False, evidence="Freedom Shield exercise since last Monday, runs through Thursday"),
   E("MOBILIZE", "2022-01-01", "2022-12-31", ["Wonsan"], "launch", required=False, evidence="Last year, the North fired a record number of missiles"),
   E("ACCUSE", None, None, None, required=False, evidence="Kim Jong Un has denounced the drills (undated)"),
  ]),
 "ap-camp-david": dict(version="2023-08-18", source="AP", published="2023-08-18",
  dates=[
   D("Friday", "2023-08-18", "2023-08-18", "day"),
   D("Aug. 18", "2023-08-18", "2023-08-18", "day"),
   D("January 2021", "2021-01-01", "2021-01-31", "month"),
   D("May", "2023-05-01", "2023-05-31", "month"),
   D("from 1910 to 1945", "1910-01-01", "1945-12-31", "year"),
   D("March", "2023-03-01", "2023-03-31", "month"),
   D("earlier this week", "2023-08-14", "2023-08-18", "week"),
   D("the beginning of last year", "2022-01-01", "2022-04-30", "year", mod="start"),
   D("July 12", "2023-07-12", "2023-07-12", "day"),
  ],
  people=[P("Joe Biden", "Joseph Biden", "Joseph R. Biden"), P("Yoon Suk Yeol"), P("Fumio Kishida"), P("Wang Wenbin")],
  places=[L("Camp David", "USA", kind="facility"), L("Maryland", "USA", "Md.", kind="region"), SK(), JP(), NK(), CN(),
          L("Catoctin Mountains", "USA", "Catoctin Mountain", kind="region"), city("Hiroshima", "JPN"), city("Seoul", "KOR"),
          city("Tokyo", "JPN"), KP(), WASH(), city("Beijing", "CHN"), L("South China Sea", None, kind="sea"),
          L("Taiwan Strait", None, "Strait of Taiwan", "Formosa Strait", kind="sea")],
  events=[
   E("CONSULT", "2023-08-18", "2023-08-18", ["Camp David"], "meeting", evidence="welcomed the leaders ... on Friday for the first stand-alone summit"),
   E("AGREE", "2023-08-18", "2023-08-18", ["Camp David", None], evidence="agreed to hold trilateral summits every year"),
   E("CONSULT", "2023-05-01", "2023-05-31", ["Hiroshima"], "meeting", evidence="last met on the sidelines of the Group of Seven summit in Hiroshima in May"),
   E("ACCUSE", "2023-08-14", "2023-08-18", None, required=False, evidence="Wang Wenbin criticized the meeting earlier this week"),
   E("MOBILIZE", "2023-07-12", "2023-07-12", None, "launch", evidence="a Hwasong-18 ICBM that it fired ... on July 12"),
   E("MOBILIZE", "2022-01-01", "2022-04-30", None, "launch", required=False, evidence="more than 100 ballistic missiles since the beginning of last year"),
   E("AGREE", "2023-03-01", "2023-03-31", None, required=False, evidence="Yoon announced a plan ... in March"),
  ]),
 "kcna-freedom-edge": dict(version="2024-06-30", source="KCNA", published="2024-06-30",
  dates=[
   D("June 30", "2024-06-30", "2024-06-30", "day"),
   D("Sunday", "2024-06-30", "2024-06-30", "day"),
   D("from June 27 to 29", "2024-06-27", "2024-06-29", "day"),
   D("June 22", "2024-06-22", "2024-06-22", "day"),
   D("last August", "2023-08-01", "2023-08-31", "month"),
   D("Earlier this month", "2024-06-01", "2024-06-30", "month"),
   D("June 19", "2024-06-19", "2024-06-19", "day"),
   D("the 1950s", "1950-01-01", "1959-12-31", "decade"),
  ],
  people=[P("Kim Jong Un"), P("Vladimir Putin")],
  places=[NK(), US(), JP(), SK(), L("Jeju Island", "KOR", "Jeju", "Jeju-do", "Jeju Province", kind="region"),
          city("Busan", "KOR", "Pusan"), L("Camp David", "USA", kind="facility"),
          L("Military Demarcation Line", [None, "KOR", "PRK"], kind="other", optional=True), KP(),
          city("Pyongyang", "PRK"), RU()],
  events=[
   E("MOBILIZE", "2024-06-27", "2024-06-29", ["Jeju Island", "Jeju", None], evidence="staged ... drills ... off Jeju Island from June 27 to 29"),
   E("MOBILIZE", "2024-06-22", "2024-06-22", ["Busan"], required=False, evidence="the carrier entered the port of Busan on June 22"),
   E("CONSULT", "2023-08-01", "2023-08-31", ["Camp David"], "meeting", required=False, evidence="cooked up at Camp David last August"),
   E("AGREE", "2024-06-19", "2024-06-19", ["Pyongyang"], evidence="Treaty ... signed by Kim Jong Un and Vladimir Putin in Pyongyang on June 19"),
   E("ACCUSE", "2024-06-30", "2024-06-30", None, evidence="The DPRK strongly condemns the provocative drills"),
   E("THREATEN", "2024-06-30", "2024-06-30", None, evidence="It will take offensive and overwhelming countermeasures"),
  ]),
 "mofa-japan-china-fm": dict(version="2023-07-13", source="MOFA Japan", published=None,
  dates=[
   D("July 13, 2023", "2023-07-13", "2023-07-13", "day"),
   D("July 13, 2023", "2023-07-13", "2023-07-13", "day", occ=1),
   D("this year", "2023-01-01", "2023-12-31", "year"),
   D("August 1978", "1978-08-01", "1978-08-31", "month"),
   D("November last year", "2022-11-01", "2022-11-30", "month"),
   D("March", "2023-03-01", "2023-03-31", "month"),
   D("2011", "2011-01-01", "2011-12-31", "year"),
  ],
  people=[P("Yoshimasa Hayashi"), P("Wang Yi"), P("Fumio Kishida", "Kishida"), P("Xi Jinping")],
  places=[JP(), CN(), city("Jakarta", "IDN"), L("Indonesia", "IDN", kind="country"), city("Bangkok", "THA"),
          L("East China Sea", None, kind="sea"), L("Senkaku Islands", ["JPN", None], "Senkaku", kind="region"), RU(),
          L("Taiwan Strait", None, "Strait of Taiwan", "Formosa Strait", kind="sea"), city("Beijing", "CHN"),
          L("Fukushima Daiichi Nuclear Power Station", "JPN", "Fukushima Daiichi Nuclear Power Plant", "Fukushima Daiichi", "Fukushima", kind="facility"),
          NK(), L("Ukraine", "UKR", kind="country")],
  events=[
   E("CONSULT", "2023-07-13", "2023-07-13", ["Jakarta"], "meeting", evidence="On July 13, 2023 ... HAYASHI ... held a meeting with Mr. Wang Yi ... Jakarta"),
   E("CONSULT", "2022-11-01", "2022-11-30", ["Bangkok"], "meeting", evidence="Kishida and Xi Jinping at their meeting in Bangkok in November last year"),
   E("AGREE", "1978-08-01", "1978-08-31", None, required=False, evidence="Treaty of Peace and Friendship ... signed in August 1978"),
   E("REQUEST", "2023-07-13", "2023-07-13", ["Jakarta", None], required=False, evidence="strongly requested the early release"),
   E("COERCE", "2023-03-01", "2023-03-31", ["Beijing"], required=False, evidence="Japanese national detained in Beijing in March"),
   E("AGREE", "2023-07-13", "2023-07-13", ["Jakarta", None], required=False, evidence="concurred to continue communication"),
   E("REQUEST", "2023-07-13", "2023-07-13", ["Jakarta", None], required=False, evidence="asked for China's understanding and cooperation"),
  ]),
 "reuters-unsc-panel": dict(version="2024-03-28", source="Reuters", published="2024-03-28",
  dates=[
   D("March 28", "2024-03-28", "2024-03-28", "day"),
   D("Thursday", "2024-03-28", "2024-03-28", "day"),
   D("April 30", "2024-04-30", "2024-04-30", "day"),
   D("2006", "2006-01-01", "2006-12-31", "year"),
   D("between 2016 and 2017", "2016-01-01", "2017-12-31", "year"),
   D("March 19-20", "2024-03-19", "2024-03-20", "day"),
   D("earlier this month", "2024-03-01", "2024-03-28", "month"),
   D("between 2017 and 2023", "2017-01-01", "2023-12-31", "year"),
   D("last month", "2024-02-01", "2024-02-29", "month"),
  ],
  people=[P("Vassily Nebenzia", "Vasily Nebenzya", "Vassily Nebenzya"), P("Robert Wood"), P("Yoko Kamikawa"),
          P("Antony Blinken", "Anthony Blinken"), P("Cho Tae-yul")],
  places=[L("United Nations", [None, "USA"], "United Nations Headquarters", kind="facility", optional=True),
          RU(), NK(), city("Pyongyang", "PRK"), CN(), US(), city("Moscow", "RUS"), L("Ukraine", "UKR", kind="country"),
          city("New York", "USA", "New York City"), SK(), city("Tokyo", "JPN"), WASH()],
  events=[
   E("REJECT", "2024-03-28", "2024-03-28", None, evidence="Russia on Thursday vetoed the annual renewal"),
   E("SANCTION", "2006-01-01", "2006-12-31", None, evidence="first imposed sanctions on North Korea in 2006"),
   E("SANCTION", "2016-01-01", "2017-12-31", None, evidence="strengthened them ... between 2016 and 2017"),
   E("CONSULT", "2024-03-19", "2024-03-20", ["New York", "New York City"], "meeting", evidence="closed-door consultations ... in New York on March 19-20"),
   E("CONSULT", "2024-02-01", "2024-02-29", ["Washington", "Washington, D.C."], "meeting", evidence="Blinken met Cho Tae-yul in Washington last month"),
   E("AGREE", "2024-02-01", "2024-02-29", ["Washington", "Washington, D.C.", None], required=False, evidence="agreed to step up efforts"),
   E("ACCUSE", "2024-03-28", "2024-03-28", None, required=False, evidence="Robert Wood accused Moscow"),
   E("ACCUSE", "2024-03-28", "2024-03-28", None, required=False, evidence="Nebenzia: the West was trying to strangle North Korea"),
   E("MOBILIZE", "2006-01-01", "2006-12-31", None, "launch", required=False, evidence="after its first nuclear test (2006)"),
  ]),
 "mofa-japan-rok-chronology": dict(version="2023-06-01", source="MOFA Japan chronology", published=None,
  dates=[
   D("April 5, 2019", "2019-04-05", "2019-04-05", "day"),
   D("October", "2018-10-01", "2018-10-31", "month"),
   D("November last year", "2018-11-01", "2018-11-30", "month"),
   D("June 28-29, 2019", "2019-06-28", "2019-06-29", "day"),
   D("August 1, 2019", "2019-08-01", "2019-08-01", "day"),
   D("July 1", "2019-07-01", "2019-07-01", "day"),
   D("August 2", "2019-08-02", "2019-08-02", "day"),
   D("December 24, 2019", "2019-12-24", "2019-12-24", "day"),
   D("March 16, 2023", "2023-03-16", "2023-03-16", "day"),
   D("May last year", "2022-05-01", "2022-05-31", "month"),
   D("2011", "2011-01-01", "2011-12-31", "year"),
   D("May 7, 2023", "2023-05-07", "2023-05-07", "day"),
   D("later this month", "2023-05-07", "2023-05-31", "month"),
  ],
  people=[P("Taro Kono"), P("Kang Kyung-wha"), P("Shinzo Abe"), P("Moon Jae-in"), P("Yoon Suk Yeol"), P("Fumio Kishida")],
  places=[JP(), SK(), L("Dinard", "FRA", kind="city"), L("France", "FRA", kind="country"), KP(), city("Osaka", "JPN"),
          city("Bangkok", "THA"), city("Chengdu", "CHN"), CN(), city("Tokyo", "JPN"), city("Seoul", "KOR"),
          city("Hiroshima", "JPN")],
  events=[
   E("CONSULT", "2019-04-05", "2019-04-05", ["Dinard"], "meeting", evidence="(1) April 5, 2019: Japan-ROK Foreign Ministers' Meeting (in Dinard)"),
   E("PROTEST", "2019-04-05", "2019-04-05", None, "protest", evidence="Minister Kono lodged a protest concerning the judgments"),
   E("REQUEST", "2019-04-05", "2019-04-05", None, required=False, evidence="requested the ROK to take appropriate measures"),
   E("CONSULT", "2019-06-28", "2019-06-29", ["Osaka"], "meeting", evidence="(2) June 28-29, 2019: G20 Osaka Summit (multilateral)"),
   E("CONSULT", "2019-08-01", "2019-08-01", ["Bangkok"], "meeting", evidence="(3) August 1, 2019: Japan-ROK Foreign Ministers' Meeting (in Bangkok)"),
   E("SANCTION", "2019-07-01", "2019-07-01", None, required=False, evidence="export control measures that Japan announced on July 1"),
   E("SANCTION", "2019-08-02", "2019-08-02", None, required=False, evidence="decided on August 2 to remove the ROK from the list"),
   E("CONSULT", "2019-12-24", "2019-12-24", ["Chengdu"], "meeting", evidence="(4) December 24, 2019: Japan-ROK Summit Meeting (in Chengdu)"),
   E("AGREE", "2019-12-24", "2019-12-24", ["Chengdu", None], required=False, evidence="agreed on the importance of dialogue"),
   E("CONSULT", "2023-03-16", "2023-03-16", ["Tokyo"], "meeting", evidence="(5) March 16, 2023: Japan-ROK Summit Meeting (in Tokyo)"),
   E("AGREE", "2023-03-16", "2023-03-16", ["Tokyo", None], required=False, evidence="concurred to resume shuttle diplomacy"),
   E("CONSULT", "2023-05-07", "2023-05-07", ["Seoul"], "meeting", evidence="(6) May 7, 2023: Japan-ROK Summit Meeting (in Seoul)"),
   E("AGREE", "2023-05-07", "2023-05-07", ["Seoul", None], required=False, evidence="shared the view that they would continue close communication"),
   E("CONSULT", "2023-05-07", "2023-05-31", ["Hiroshima"], "meeting", required=False, evidence="G7 Hiroshima Summit later this month (future)"),
  ]),
 "analysis-nk-nuclear": dict(version="2024-02-10", source="analysis", published="2024-02-10",
  dates=[
   OPT("Three decades"),
   D("Feb 10", "2024-02-10", "2024-02-10", "day"),
   D("October 1994", "1994-10-01", "1994-10-31", "month"),
   D("the early 1990s", "1990-01-01", "1993-12-31", "decade", mod="start"),
   D("the 1990s", "1990-01-01", "1999-12-31", "decade", occ=0),
   D("late 2002", "2002-09-01", "2002-12-31", "year", mod="end"),
   D("2003", "2003-01-01", "2003-12-31", "year"),
   D("September 2005", "2005-09-01", "2005-09-30", "month"),
   D("the mid-2000s", "2004-01-01", "2006-12-31", "decade", mod="mid"),
   D("Around 2006", "2006-01-01", "2006-12-31", "year", approx=True),
   D("that October", "2006-10-01", "2006-10-31", "month"),
   D("late 2017", "2017-09-01", "2017-12-31", "year", mod="end"),
   D("Nov. 29", "2017-11-29", "2017-11-29", "day"),
   D("June 2018", "2018-06-01", "2018-06-30", "month"),
   D("February 2019", "2019-02-01", "2019-02-28", "month"),
   D("the 19th century", "1800-01-01", "1899-12-31", "century"),
   D("the 20th century", "1900-01-01", "1999-12-31", "century"),
   D("last September", "2023-09-01", "2023-09-30", "month"),
  ],
  people=[P("Donald Trump"), P("Kim Jong Un"), P("Vladimir Putin"), P("Lee Sung-yoon")],
  places=[city("Seoul", "KOR"), US(), NK(), L("Geneva", "CHE", kind="city"), WASH(), L("Yongbyon", "PRK", "Nyongbyon", kind="city"),
          city("Pyongyang", "PRK"), CN(), city("Beijing", "CHN"), JP(), RU(), L("Singapore", "SGP", kind="country"),
          L("Hanoi", "VNM", kind="city"), L("Vostochny Cosmodrome", "RUS", "Vostochny", kind="facility"),
          L("Russian Far East", "RUS", "Far East", "Far Eastern Federal District", "Russia's Far East", kind="region"),
          city("Moscow", "RUS"), SK(optional=True)],
  events=[
   E("AGREE", "1994-10-01", "1994-10-31", ["Geneva"], evidence="signed the Agreed Framework in Geneva in October 1994"),
   E("ACCUSE", "2002-09-01", "2002-12-31", None, required=False, evidence="U.S. officials accused Pyongyang (late 2002)"),
   E("CONSULT", "2003-01-01", "2003-12-31", ["Beijing"], "meeting", required=False, evidence="Six-Party Talks, hosted by China in Beijing from 2003"),
   E("AGREE", "2005-09-01", "2005-09-30", None, evidence="A joint statement in September 2005 committed the North"),
   E("MOBILIZE", "2006-10-01", "2006-10-31", None, "launch", evidence="carried out its first nuclear test that October"),
   E("THREATEN", "2017-09-01", "2017-12-31", None, evidence="late 2017, Trump threatened North Korea with fire and fury"),
   E("MOBILIZE", "2017-11-29", "2017-11-29", None, "launch", evidence="Kim Jong Un test-launched the Hwasong-15 ... on Nov. 29"),
   E("CONSULT", "2018-06-01", "2018-06-30", ["Singapore"], "meeting", evidence="Trump and Kim then met in Singapore in June 2018"),
   E("CONSULT", "2019-02-01", "2019-02-28", ["Hanoi"], "meeting", evidence="and in Hanoi in February 2019"),
   E("CONSULT", "2023-09-01", "2023-09-30", ["Vostochny Cosmodrome", "Vostochny", "Russian Far East", "Russia"], "meeting",
     evidence="Kim's visit to the Vostochny Cosmodrome ... last September, where he met President Vladimir Putin"),
  ]),
}


def find(text, s, occ):
    i = -1
    for _ in range(occ + 1):
        i = text.find(s, i + 1)
        if i < 0:
            raise SystemExit(f"not found: {s!r} #{occ}")
    return i


def main():
    out = {"_conventions": CONVENTIONS, "documents": {}}
    for doc_id, d in DOCS.items():
        text = (RAW / doc_id / f"{d['version']}.txt").read_text(encoding="utf-8")
        dates = []
        for m in d["dates"]:
            s = find(text, m["text"], m["occ"])
            row = {k: v for k, v in m.items() if k != "occ"}
            row.update(start=s, end=s + len(m["text"]))
            row.setdefault("optional", False)
            dates.append(row)
        dates.sort(key=lambda r: r["start"])
        out["documents"][doc_id] = dict(version=d["version"], source=d["source"], published=d["published"],
                                        dates=dates, people=d["people"], places=d["places"], events=d["events"])
    (HERE / "gold.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n = {k: sum(len(v[k]) for v in out["documents"].values()) for k in ("dates", "people", "places", "events")}
    print(n)


if __name__ == "__main__":
    main()
