//! Classes of words: e-mail addresses, names, addresses, schools and places.

use casus::privacy::FindingKind::*;

use super::{Rng, Snippet, fullwidth, near, put};

pub fn email(out: &mut Vec<Snippet>) {
    let locals = [
        "jan",
        "j.de.vries",
        "anne-marie_01",
        "zoë",
        "jürgen.müller",
        "fatima.el-amrani",
        "p.jansen+school",
    ];
    let domains = [
        "gemeente.nl",
        "jeugdteam-west.nl",
        "voorbeeld.co.uk",
        "müller.de",
        "school.example.org",
    ];
    let contexts = [
        "Mail naar {}.",
        "E-mail: {}",
        "Stuur het verslag aan <{}> vandaag",
        "{} is het adres van moeder",
        "(via {})",
    ];
    let mut rng = Rng::new(6);
    for context in contexts {
        for local in locals {
            let domain = rng.pick(&domains);
            out.push(put(Email, "plain", context, &format!("{local}@{domain}")));
        }
        let (name, host) = ("jan", "gemeente");
        for (class, value) in [
            ("[at] [dot]", format!("{name} [at] {host} [dot] nl")),
            ("(at) (dot)", format!("{name} (at) {host} (dot) nl")),
            ("[at] glued", format!("{name}[at]{host}.nl")),
            ("(at) with a dot", format!("{name} (at) {host}.nl")),
            ("[AT] [PUNT]", format!("p.bakker [AT] {host} [PUNT] nl")),
            ("fullwidth", fullwidth(&format!("{name}@{host}.nl"))),
        ] {
            out.push(put(Email, class, context, &value));
        }
    }
    for (template, value) in [
        ("Volg {} voor nieuws.", "@jeugdteam"),
        ("Schrijf {} niet zo.", "a @ b.nl"),
        ("Server {} draait lokaal.", "jan@localhost"),
        ("Adres {} is ongeldig.", "jan@host.c"),
        ("We zijn {} work.", "[at]"),
        ("Tekst {} in de notulen.", "@@@"),
        ("Het kost {} per stuk.", "3 @ 5 euro"),
        ("Melding {} de balie.", "(at)"),
    ] {
        for prefix in ["", "Let op: ", "Zie notitie. "] {
            out.push(near(
                "email: near miss",
                &format!("{prefix}{template}"),
                value,
            ));
        }
    }
}

const SURNAMES: &[&str] = &[
    "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Peters", "Hendriks",
    "Dekker", "Dijkstra", "Brouwer", "Kok", "Yilmaz", "Koster", "Prins",
];
const PARTICLED: &[&str] = &[
    "de Vries",
    "van Dijk",
    "van den Berg",
    "van der Meer",
    "de Boer",
    "ter Horst",
    "van Leeuwen",
    "de Jong",
    "El Amrani",
    "van 't Hof",
];
const FIRST: &[&str] = &[
    "Jan", "Lotte", "Sem", "Fatima", "Daan", "Emma", "Mohammed", "Sanne", "Noah", "Julia", "Kees",
    "Anouk", "Yusuf", "Femke", "Thijs", "Iris",
];

pub fn name(out: &mut Vec<Snippet>) {
    let mut rng = Rng::new(8);
    let contexts = [
        "Gesprek met {} gehad.",
        "{} belde over de afspraak.",
        "Later kwam {} binnen, boos.",
        "De school (contact: {}) meldde het.",
        "Verslag: {}",
    ];
    for context in contexts {
        for _ in 0..2 {
            let s = rng.pick(SURNAMES);
            let p = rng.pick(PARTICLED);
            let f = rng.pick(FIRST);
            let age = 2 + rng.below(16);
            for (class, value) in [
                ("mevrouw", format!("mevrouw {s}")),
                ("meneer", format!("meneer {p}")),
                ("dhr.", format!("dhr. {s}")),
                ("mevr.", format!("mevr. {p}")),
                ("mw. initial", format!("mw. A. {p}")),
                ("mr.", format!("mr. {s}")),
                ("title capitalised", format!("Mevrouw {s}")),
                ("first surname", format!("{f} {s}")),
                ("first particle", format!("{f} {p}")),
                ("first (age)", format!("{f} ({age})")),
                ("first, age", format!("{f}, {age} jaar")),
                ("first (age jaar)", format!("{f} ({age} jaar)")),
                ("first is age", format!("{f} is {age} jaar")),
                ("family", format!("familie {s}")),
                ("initial particle", format!("J. {p}")),
                ("role surname", format!("dokter {s}")),
                ("family role surname", format!("oma {s}")),
            ] {
                out.push(put(Name, class, context, &value));
            }
        }
    }
    for value in [
        "de mentor",
        "de jeugdconsulent",
        "moeder",
        "het wijkteam",
        "de huisarts",
        "oma van moederskant",
        "mevrouw de mentor",
        "meneer de directeur",
        "de gezinsvoogd",
        "de intern begeleider",
        "de roos in de tuin",
        "de zorgcoördinator",
        "vader",
        "Sem",
        "Roos en Bram",
        "een floor manager",
        "de pleegouders",
        "Iris Jeugdzorg",
        "Kim Basisteam",
        "moeder Veilig Thuis",
        "de mentor van het wijkteam Zuid",
        "de huisarts van de GGZ",
        "het gezin in Noord",
        "het Centrum voor Jeugd en Gezin in Oost",
        "de leerplichtambtenaar",
    ] {
        for context in [
            "Gesprek met {} gehad.",
            "{} belde over de afspraak.",
            "Volgens {} gaat het beter.",
        ] {
            out.push(near("name: role or plain word", context, value));
        }
    }
}

pub fn address(out: &mut Vec<Snippet>) {
    let mut rng = Rng::new(9);
    let cores = [
        "Kerk",
        "Dorps",
        "Molen",
        "School",
        "Stations",
        "Hoofd",
        "Wilhelmina",
        "Eiken",
        "Linden",
        "Prinsen",
        "Beuken",
        "Vogel",
    ];
    let suffixes = [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad",
        "steeg", "dreef",
    ];
    let contexts = [
        "Het gezin woont aan de {}.",
        "Adres: {}",
        "{}, tweede verdieping",
        "Verhuisd naar {} vorige week.",
        "Oma ({}) past op.",
    ];
    for context in contexts {
        for suffix in suffixes {
            let core = rng.pick(&cores);
            let n = 1 + rng.below(240);
            let extra = *rng.pick(&["", "a", "B", "-2", " A", "bis"]);
            out.push(put(
                Address,
                "street number",
                context,
                &format!("{core}{suffix} {n}{extra}"),
            ));
        }
        for value in [
            "Van Goghstraat 14",
            "Kerkstraat 12a",
            "Oude Gracht 3",
            "Burgemeester Visserstraat 7",
            "Van der Duinstraat 120",
        ] {
            out.push(put(Address, "named street", context, value));
        }
    }
    for (template, value) in [
        ("Ze woont in de {}.", "Kerkstraat"),
        ("Op {} jongens gezien.", "straat 3"),
        ("{} keer per dag loopt ze over de Dorpsweg.", "2"),
        ("Het {} is druk.", "Stationsplein"),
        ("Zie {} van het plan.", "hoofdstuk 12"),
        ("Hij zit in {}.", "groep 7"),
        ("Ze liep {} kilometer.", "Dijkweg 5"),
        ("De {} loopt langs de school.", "Molenweg"),
        ("Via de {} naar huis.", "snelweg 12"),
    ] {
        for prefix in ["", "Volgens vader: ", "Notitie. "] {
            out.push(near(
                "address: near miss",
                &format!("{prefix}{template}"),
                value,
            ));
        }
    }
}

pub fn school(out: &mut Vec<Snippet>) {
    let types = [
        "OBS",
        "CBS",
        "RKBS",
        "SBO",
        "SO",
        "VSO",
        "basisschool",
        "IKC",
        "Basisschool",
    ];
    let names = [
        "De Regenboog",
        "De Wilgen",
        "'t Palet",
        "Het Kompas",
        "de Zonnebloem",
        "De Fontein",
        "Sint Jozef",
        "Montessori Oost",
    ];
    let after = [
        "Stedelijk Gymnasium",
        "Da Vinci College",
        "Christelijk Lyceum",
        "Vathorst College",
        "Amadeus Lyceum",
    ];
    let contexts = [
        "Hij zit op {} in groep 6.",
        "De intern begeleider van {} belde.",
        "Aangemeld bij {}.",
        "{} meldt verzuim.",
    ];
    let mut rng = Rng::new(10);
    for context in contexts {
        for t in types {
            out.push(put(
                School,
                "type name",
                context,
                &format!("{t} {}", rng.pick(&names)),
            ));
        }
        for value in after {
            out.push(put(School, "name type", context, value));
        }
    }
    for value in [
        "de basisschool",
        "het college van B en W",
        "school",
        "het SO",
        "de brugklas",
        "het voortgezet onderwijs",
        "de school van zijn broer",
        "het speciaal onderwijs",
        "een lyceum in de buurt",
        "het College van Bestuur",
    ] {
        for context in [
            "Hij zit op {} sinds maart.",
            "Volgens {} gaat het beter.",
            "Contact met {} gehad.",
        ] {
            out.push(near("school: type alone", context, value));
        }
    }
}

pub fn place(out: &mut Vec<Snippet>) {
    let places = [
        "Utrecht",
        "Amsterdam",
        "Rotterdam",
        "Den Haag",
        "Zwolle",
        "Groningen",
        "Eindhoven",
        "Tilburg",
        "Almere",
        "Breda",
        "Nijmegen",
        "Apeldoorn",
        "Haarlem",
        "Enschede",
        "Amersfoort",
        "Zaanstad",
        "'s-Hertogenbosch",
        "Alphen aan den Rijn",
        "Súdwest-Fryslân",
        "Leeuwarden",
        "Deventer",
        "Best",
        "Putten",
        "Ede",
        "Hof van Twente",
        "Capelle aan den IJssel",
        "Huizen",
        "Kampen",
    ];
    let contexts = [
        "Het gezin woont in {}.",
        "Verhuisd naar {} vorig jaar.",
        "De gemeente {} betaalt de zorg.",
        "Opa komt uit {}, zegt moeder.",
    ];
    for context in contexts {
        for value in places {
            out.push(put(Place, "municipality", context, value));
        }
    }
    for (template, value) in [
        ("Hij deed zijn {} op school.", "Best"),
        ("De {} aanpak werkt.", "Utrechtse"),
        ("Ze moesten {} graven.", "Putten"),
        ("Het ging {} goed.", "best"),
        ("Ze kocht een {} in de stad.", "Amsterdammertje"),
        ("Hij woont {} bij de school.", "dichtbij"),
        ("De {} werd verteld.", "Goes-anekdote"),
        ("{} in de wijk zijn duur.", "Huizen"),
        ("{} op het dak van de school.", "Duiven"),
        ("{} voor jongeren in de zomer.", "Kampen"),
    ] {
        for prefix in ["", "Volgens vader: ", "Notitie. "] {
            out.push(near(
                "place: near miss",
                &format!("{prefix}{template}"),
                value,
            ));
        }
    }
}
