"""Official names of the vocabulary's instruments, bodies and topics in the UN languages.

Keyed by the codes and slugs of ``vocabulary.py`` (``INSTRUMENTS`` by ``code``, ``BODIES`` by
``code``, ``TOPICS`` by ``slug``). English is the vocabulary's own name and is not repeated here;
each other language holds a :class:`Name`: the form and where it was confirmed. A language left
out of an entry had no form we could confirm: the app shows the English name there (see
``missing()`` and docs/glossary.md, "Names not confirmed").

How the forms were found (docs/glossary.md says more): the conventions' own texts as the UN
depositary, the secretariats and legal databases reproduce them, meeting documents of the
conferences of the Parties (UNEP/CHW…, UNEP/FAO/RC…, UNEP/POPS…), the secretariats' and UNEP's
pages in the language, and InforMEA's decision pages (their full texts are the official
translations). Where only a secondary source (a national ministry, a legal database, the press, an
NGO) attests the form, the source says so; nothing here is a translation of our own — at most a
name is put in the nominative where the source declines it — and a name the sources spell in two
ways notes the other spelling.

Never invent an entry: add a language only with a source a reader can open.
"""

from __future__ import annotations

from typing import NamedTuple

from synergies.directory.data import vocabulary


class Name(NamedTuple):
    """One language's form of a name, and where it was confirmed."""

    text: str
    source: str


#: The languages held here, by their Django codes. English is the vocabulary's own.
LANGUAGES: tuple[str, ...] = ("ar", "zh-hans", "fr", "ru", "es")

# --- Sources used more than once -------------------------------------------------------------
# Each is an address a reader can open and what it is; the entry's language is the one read there.

_BASEL_CTC = (
    "https://fdocuments.in/document/basel-convention-on-the-control-of-transboundary-12jj-ujlijl-1.html"
    " — copy of the UN depositary's certified true copy of the Basel Convention (treaties.un.org,"
    " Ch_XXVII_3), title page in the six authentic languages"
)
_BASEL_MTDSG_FR = (
    "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVII/XXVII-3.fr.xml"
    " — UN Treaty Collection, status of the Basel Convention (French)"
)
_BASEL_OEWG_ES = (
    "https://fdocuments.ec/document/informe-del-grupo-de-trabajo-de-composicin-abierta-del-espaol-original.html"
    " — UNEP/CHW/OEWG/2/12 (Spanish), report of the Basel OEWG's second session"
)
_BASEL_AR_TEXT = (
    "https://www.mohamah.net/law/%D9%86%D8%B5%D9%88%D8%B5-%D9%88-%D9%85%D9%88%D8%A7%D8%AF-"
    "%D8%A7%D8%AA%D9%81%D8%A7%D9%82%D9%8A%D8%A9-%D8%A8%D8%A7%D8%B2%D9%84-%D8%A8%D8%B4%D8%A3%D9%86-"
    "%D8%A7%D9%84%D8%AA%D8%AD%D9%83%D9%85-%D9%81%D9%8A/ — Arabic text of the Basel Convention"
    " (secondary: legal database); the same title in the League of Arab States' statement carried by"
    " SPA, https://sauress.com/spa/1908839"
)
_BASEL_ZH_COP6 = (
    "https://max.book118.com/html/2019/0204/6021001041002005.shtm — copy of UNEP/CHW.6/23 (Chinese),"
    " a note for the sixth meeting of the Basel COP"
)
_BASEL_ZH_DECISIONS = (
    "http://biz.doczj.com/doc/3c14199502.html — Chinese text of decisions I/15 and II/4 of the"
    " Basel COP (copy of the official decisions compilation)"
)
_BASEL_RU_OEWG = "http://rudocs.exdat.com/docs/index-474749.html — copies of Basel OEWG and COP documents (Russian)"
_BRS_COP7_ES = (
    "http://bazica.org/naciones-unidas-sc-v8.html — copy of UNEP/POPS/COP.7/36 (Spanish), report of"
    " the seventh meeting of the Stockholm COP, naming the three conferences of the Parties"
)
_ROTTERDAM_FR_DECISION = (
    "https://www.ecolex.org/fr/details/decision/status-of-implementation-fdbd3ebd-46b1-4b12-9ca8-9ea7af1b9b25/"
    " — decision RC-11/1 (French text, from InforMEA)"
)
_ROTTERDAM_RU_COP4 = (
    "http://www.libed.ru/konferencii-himiya/408298-1-organizaciya-obedinennih-naciy-unep-fao-rc-cop4-24-"
    "distr-general-october-2008-programma-organizacii-russian.php — copy of UNEP/FAO/RC/COP.4/24"
    " (Russian), report of the Rotterdam COP's fourth meeting"
)
_ROTTERDAM_AR_CRC = (
    "https://www.informea.org/ar/decision/terbufos — InforMEA, CRC recommendation on terbufos (Arabic text)"
)
_PIC_FR_CRC = "http://pic.int/Default.aspx?tabid=1749 — Rotterdam Convention website (French), the CRC"
_PIC_FR_CC = (
    "http://www.pic.int/LaConvention/Comit%C3%A9decontr%C3%B4ledurespect/Aper%C3%A7u/tabid/8447/"
    "language/fr-CH/Default.aspx — Rotterdam Convention website (French), Compliance Committee"
)
_PIC_ES_CRC = "http://pic.int/Default.aspx?tabid=6080 — Rotterdam Convention website (Spanish), CRC task groups"
_INFORMEA_RU_CRC = (
    "https://informea.org/ru/decision/tributyltin-compounds-0 — InforMEA, CRC recommendation (Russian text)"
)
_INFORMEA_RU_POPRC = (
    "https://informea.org/ru/documentsandliterature/documents/persistent-organic-pollutants-review-committee-relevant"
    " — InforMEA, secretariat note on the POPRC (Russian)"
)
_INFORMEA_FR_POPRC = (
    "https://informea.org/fr/decision/process-evaluation-perfluorooctane-sulfonic-acid-its-salts-and-"
    "perfluorooctane-sulfonyl-3 — InforMEA, POPRC decision (French text)"
)
_STOCKHOLM_LETTERHEAD = (
    "https://studylib.es/doc/2905324/recommletter-spanish — Stockholm Convention Secretariat letter of"
    " 29 October 2008, whose letterhead gives the title in the six languages"
)
_STOCKHOLM_ZH_POPRC = "https://www.360docs.net/doc/d819245947.html — copy of UNEP/POPS/POPRC.2/17/Add.3 (Chinese)"
_MINAMATA_CTC = (
    "https://vdocuments.mx/u-united-nations-a-doc-a-treaties-a-2013-a-10-a-20131010-11-16-a.html"
    " — copy of the UN depositary's certified true copy of the Minamata Convention"
    " (treaties.un.org/doc/Treaties/2013/10/20131010 11-16 AM), title page"
)
_MINAMATA_FR_COP = "https://minamataconvention.org/fr/meetings/cop6 — Minamata Convention website (French), COP-6"
_MINAMATA_AR = (
    "https://alwatannews.net/article/102915 — Bahrain's Supreme Council for Environment at the UN"
    " high-level event (secondary: news)"
)
_MINAMATA_AR_COP = (
    "https://elnashra.com/news/show/1137782 — Lebanon's Ministry of Environment on the first meeting"
    " of the COP (secondary: news)"
)
_MINAMATA_ZH = (
    "https://www.encyclopedie-environnement.org/zh/societe-zh/the-minamata-convention-on-mercury/ —"
    " reproduces the cover of the Convention's COP-1 edition (French and Chinese); the same title in"
    " the Chinese-English text at http://en.pkulaw.cn/display.aspx?cgid=c45af41a4b7464cb0fd635af291bffccbdfb&lib=tax"
)
_UNEA_FR = (
    "http://doczz.fr/doc/4316975/environmental-dimension-of-the-2030-agenda-for-sustainable —"
    " UNEA-2 Journal No. 2016/1 (English and French)"
)
_UNEA_RU = "https://unep.org/environmentassembly/ru/node/13885 — UN Environment Assembly website (Russian)"
_UNEA_ES = (
    "https://es.readkong.com/page/programa-de-las-naciones-unidas-para-el-medio-ambiente-7561919 — copy of"
    " A/69/25 (Spanish), report of UNEA's first session"
)
_UNEA_ZH = (
    "http://dqwycz.com/article.asp?id=4587 — China Environment News on UNEA's first session (secondary:"
    " news); the same name in Xinhua's report of UNEA-5, http://m.studyofnet.com/373435786.html"
)
_UNEA_AR = (
    "http://afedmag.com/web/akhbar-albia-details.aspx?id=1657 — Arab Forum for Environment and"
    " Development magazine on UNEA's first session (secondary: news)"
)
_ECO_ACCORD_RU = (
    "http://groups.google.com/group/enwl/t/30dc99768155e961 — Eco-Accord's Russian summary of the"
    " SAICM intersessional process (secondary: NGO)"
)
_SAICM_ES = (
    "http://www.pic.int/Partenariado/PNUMA/PNUMASAICM/tabid/4385/language/es-CO/StyleSheetWidget —"
    " Rotterdam Convention website (Spanish), page on SAICM"
)
_GFC_ZH = "https://unep.org/zh-hans/topics/huaxuepinhewuranxingdong — UNEP website (Chinese), chemicals and pollution"
_SAICM_ZH = (
    "http://www.hezhiquan.com/docs/view/6a16eb68e27a4889863425d5ff57be58.html — Chinese course text listing"
    " the international instruments (secondary)"
)
_ICCM_FR = (
    "https://news-24.fr/nouveau-cadre-des-nations-unies-pour-proteger-lenvironnement-contre-les-produits-"
    "chimiques-nocifs-enjeux-mondiaux/ — French news on ICCM5 (secondary: news); the same name at"
    " https://www.iddri.org/fr/publications-et-evenements/conference/strategical-approach-international-chemicals-management-saicm"
)
_MC_INC_ARCHIVE_FR = (
    "http://archive.mercuryconvention.org/Convention/Histoire/INC1/tabid/5606/language/fr-CH/Default.aspx —"
    " Minamata Convention website archive (French), INC1"
)
_MC_INC_ARCHIVE_ES = (
    "http://archive.mercuryconvention.org/Convenio/Historia/INC3/tabid/5721/language/es-CO/Default.aspx —"
    " Minamata Convention website archive (Spanish), INC3; its INC5 page words it «… de elaborar un"
    " documento mundial jurídicamente vinculante sobre el mercurio»"
)
_BASEL_RC_EGYPT = (
    "http://bcrc-egypt.com/ar/Category/Index/22?itemId=180 — Basel Convention Regional Centre in Egypt"
    " (Arabic), on the thirteenth meeting of the COP"
)
_BASEL_OEWG_FR = (
    "https://vdocuments.fr/k0763251f-oewg-6-29-de-mesures-concrtes-au-niveau-national-pour-la-mise-en-uvre.html"
    " — copy of UNEP/CHW/OEWG/6/29 (French), report of the OEWG's sixth meeting"
)
_BASEL_OEWG_AR = (
    "https://vdocuments.site/unepchwoewg212-basel-web-view-95-.html — copy of UNEP/CHW/OEWG/5/2/Add.1"
    " (Arabic); the copy's text layer is scrambled (letters reversed and spaced) but reads as this name"
)
_BASEL_ZH_BC117 = (
    "https://max.book118.com/html/2019/0216/5241200313002011.shtm — copy of decision BC-11/7 on national"
    " reporting (Chinese, UNEP/CHW.11/24)"
)
_BASEL_RU_TEXT = (
    "https://studfile.net/preview/2181529/page:12 — Russian text of the Basel Convention (article headings;"
    " secondary: copy)"
)
_ROTTERDAM_ZH_TEXT = (
    "http://fsou.com/html/text/eag/1006671/100667171_4.html — Chinese text of the Rotterdam Convention"
    " (secondary: legal database)"
)
_STOCKHOLM_SC_AR = (
    "https://informea.org/ar/decision/non-compliance — InforMEA, Stockholm COP decision on non-compliance"
    " (Arabic text: «مؤتمر الأطراف» recalling «المادة 17 من اتفاقية استكهولم»); the form «مؤتمر الأطراف في"
    " اتفاقية …» as used for Basel (" + _BASEL_RC_EGYPT.split(" — ")[0] + ") and by Qatar for this COP,"
    " https://news.twaslnews.com/%d8%a7%d9%84%d8%b4%d8%b1%d9%82/446759"
)
_XINHUA_MC_COP5 = (
    "http://www.hw89877.com/cn/Instant/expo/202311/t20231107_7516242.html — Xinhua on the fifth meeting of"
    " the Minamata COP, as carried by China Tibet Online (secondary: news)"
)
_XINHUA_INC4 = (
    "http://shenduxp.com/wap/2024-04/25/content_31629828.htm — Xinhua on INC-4, Ottawa (secondary: news, mirrored)"
)
_GEF_FR_RULES = (
    "http://documentos.bancomundial.org/curated/es/187721468147317563/text/347380rev10FRE1gef1RulesProc1FRENCH.txt"
    " — Rules of Procedure for the GEF Council (French)"
)
_GEF_FR_ASSEMBLY = "http://gefassembly.org/fr/46eme-reunion-du-conseil-du-fem — GEF Assembly website (French)"
_UNEP_GC_ZH = (
    "https://www.lm263.com/news/show-7184.html — China News Service on the first universal session of the"
    " Governing Council/GMEF, after the Ministry of Environmental Protection (secondary: news)"
)
_SENAT_FR_POPS = (
    "https://senat.fr/rap/r08-487/r08-48716.html — French Senate report listing the Stockholm Convention's"
    " first POPs (secondary)"
)
_POPS_ZH_SLIDES = (
    "https://m.360docs.net/doc/8116520631.html — Chinese presentation on the Stockholm Convention's"
    " obligations (secondary)"
)
_ENB_FR_OEWG11 = (
    "http://enb.iisd.org/vol20/enb2040f.html — Earth Negotiations Bulletin (French), Basel OEWG11"
    " (secondary: IISD reporting service)"
)
_SBC_FR_REPORTING = (
    "https://fr.readkong.com/page/convention-de-bale-basel-convention-5549326 — copy of the Secretariat of"
    " the Basel Convention's «Document d'orientation révisé sur l'amélioration de l'établissement des"
    " rapports nationaux», December 2019"
)
_RC_ES_NIP = (
    "http://ccbasilea-crestocolmo.org.uy/pna-planes-nacionales-de-aplicacion — Basel and Stockholm"
    " Conventions Regional Centre for Latin America and the Caribbean (Uruguay)"
)
_STOCKHOLM_FR_BATBEP = (
    "https://vdocuments.fr/convention-de-stockholm.html — presentation at a Stockholm Convention workshop"
    " (Algiers, 2012) listing the Secretariat's guidance titles (secondary)"
)
_IPEN_RU_BATBEP = (
    "http://libed.ru/konferencii-bezopasnost/391374-1-rukovodstvo-stoykim-organicheskim-zagryaznitelyam-dlya-"
    "npo-struktura-deystviy-dlya-zaschiti-zdorovya-cheloveka-okruzh.php — IPEN's NGO guide to POPs in"
    " Eco-Accord's Russian translation, list of abbreviations (secondary: NGO)"
)
_SDG_FR = (
    "https://gddurable.org/actualites/comite-intergouvernemental-de-negociation-sur-la-pollution-plastique"
    " (secondary: news; written there with capitals, «Objectifs de Développement Durable»)"
)
_SDG_ES = (
    "http://emol.com/noticias/internacional/2014/06/22/666379/naciones-unidas-celebrara-su-primera-asamblea-"
    "para-el-medioambiente-en-nairobi.html (secondary: news)"
)

_GAELP_FR_PLAN = (
    "http://docplayer.fr/16619162-Alliance-mondiale-pour-l-elimination-des-peintures-au-plomb-plan-d-activites.html"
    " — copy of the Alliance's business plan (French, UNEP and WHO); the same name in UN News,"
    " https://news.un.org/fr/story/2019/10/1054631"
)
_SAICM_FR = (
    "https://afriquenvironnementplus.info/afrique-atelier-regional-promotion-mesures-reglementaires-prises-"
    "gouvernements-eliminer-plomb-peintures (secondary: news); the same at https://eti-swiss.com/?p=6724"
    " (IDDRI writes «Approche stratégique pour la gestion…»)"
)
_GFC_FR = (
    "https://e-voary.mg/brsm-reporting/index.php/brsm.php/apercucadremondial — Madagascar's national"
    " reporting portal for the chemicals conventions (secondary: government); the same name in"
    " https://news-24.fr/nouveau-cadre-des-nations-unies-pour-proteger-lenvironnement-contre-les-produits-"
    "chimiques-nocifs-enjeux-mondiaux/"
)
_LEAD_FR = (
    "https://fr.readkong.com/page/questions-r-ponses-semaine-d-action-internationale-pour-5781232 — WHO"
    " questions and answers for the International Lead Poisoning Prevention Week 2019 (French)"
)
_LEAD_ES = (
    "https://123dok.net/document/yr36483v-eliminaci%C3%B3n-mundial-de-la-pintura-con-plomo.html — copy of"
    " WHO's technical brief «Eliminación mundial de la pintura con plomo» (Spanish, 2020)"
)

#: SAICM's entry is the two official names joined as the vocabulary's short name joins them
#: ("SAICM / GFC"); it exists only where both names are confirmed.
_SAICM_JOIN = " / "

INSTRUMENT_NAMES: dict[str, dict[str, Name]] = {
    "basel": {
        "ar": Name("اتفاقية بازل بشأن التحكم في نقل النفايات الخطرة والتخلص منها عبر الحدود", _BASEL_AR_TEXT),
        "zh-hans": Name("控制危险废物越境转移及其处置巴塞尔公约", _BASEL_ZH_COP6),
        "fr": Name(
            "Convention de Bâle sur le contrôle des mouvements transfrontières de déchets dangereux et de"
            " leur élimination",
            _BASEL_MTDSG_FR,
        ),
        "ru": Name(
            "Базельская конвенция о контроле за трансграничной перевозкой опасных отходов и их удалением",
            _BASEL_CTC,
        ),
        "es": Name(
            "Convenio de Basilea sobre el control de los movimientos transfronterizos de los desechos"
            " peligrosos y su eliminación",
            _BASEL_OEWG_ES + "; the certified true copy (" + _BASEL_CTC.split(" — ")[0] + ") spells it"
            " «trasfronterizos», the secretariat's documents «transfronterizos»; recent BRS documents"
            " capitalize it (" + _BRS_COP7_ES.split(" — ")[0] + ")",
        ),
    },
    "rotterdam": {
        "ar": Name(
            "اتفاقية روتردام المتعلقة بتطبيق إجراء الموافقة المسبقة عن علم على مواد كيميائية ومبيدات آفات"
            " معينة خطرة متداولة في التجارة الدولية",
            _ROTTERDAM_AR_CRC + "; the same title on Oman's ratification decree, https://decree.om/1999/tre19990081a",
        ),
        "zh-hans": Name(
            "关于在国际贸易中对某些危险化学品和农药采用事先知情同意程序的鹿特丹公约",
            "https://max.book118.com/html/2017/0715/122337680.shtm — copy of UNEP/FAO/PIC/INC.11/4 (Chinese)",
        ),
        "fr": Name(
            "Convention de Rotterdam sur la procédure de consentement préalable en connaissance de cause"
            " applicable à certains produits chimiques et pesticides dangereux qui font l'objet d'un"
            " commerce international",
            _ROTTERDAM_FR_DECISION,
        ),
        "ru": Name(
            "Роттердамская конвенция о процедуре предварительного обоснованного согласия в отношении"
            " отдельных опасных химических веществ и пестицидов в международной торговле",
            _ROTTERDAM_RU_COP4,
        ),
        "es": Name(
            "Convenio de Rotterdam sobre el procedimiento de consentimiento fundamentado previo aplicable"
            " a ciertos plaguicidas y productos químicos peligrosos objeto de comercio internacional",
            "https://fdocuments.co/document/convenio-de-rotterdam-56b0296427ec3.html — Spanish text of the"
            " Convention's title and summary; the same on Spain's ministry page,"
            " https://www.miteco.gob.es/eu/calidad-y-evaluacion-ambiental/temas/productos-quimicos/"
            "exportacion-importacion-productos-quimicos-peligrosos/convenio_rotterdam.html",
        ),
    },
    "stockholm": {
        "ar": Name("اتفاقية استكهولم بشأن الملوثات العضوية الثابتة", _STOCKHOLM_LETTERHEAD),
        "zh-hans": Name("关于持久性有机污染物的斯德哥尔摩公约", _STOCKHOLM_LETTERHEAD),
        "fr": Name("Convention de Stockholm sur les polluants organiques persistants", _STOCKHOLM_LETTERHEAD),
        "ru": Name("Стокгольмская конвенция о стойких органических загрязнителях", _STOCKHOLM_LETTERHEAD),
        "es": Name("Convenio de Estocolmo sobre Contaminantes Orgánicos Persistentes", _STOCKHOLM_LETTERHEAD),
    },
    "minamata": {
        "ar": Name("اتفاقية ميناماتا بشأن الزئبق", _MINAMATA_AR + "; " + _MINAMATA_AR_COP),
        "zh-hans": Name("关于汞的水俣公约", _MINAMATA_ZH),
        "fr": Name("Convention de Minamata sur le mercure", _MINAMATA_CTC),
        "ru": Name("Минаматская конвенция о ртути", _MINAMATA_CTC),
        "es": Name("Convenio de Minamata sobre el Mercurio", _MINAMATA_CTC),
    },
    "saicm": {
        "fr": Name(
            "Approche stratégique de la gestion internationale des produits chimiques"
            + _SAICM_JOIN
            + "Cadre mondial sur les produits chimiques",
            "SAICM: " + _SAICM_FR + "; GFC: " + _GFC_FR,
        ),
        "zh-hans": Name(
            "国际化学品管理战略方针" + _SAICM_JOIN + "全球化学品框架",
            "SAICM: " + _SAICM_ZH + "; GFC: " + _GFC_ZH,
        ),
    },
    "unea": {
        "ar": Name("جمعية الأمم المتحدة للبيئة", _UNEA_AR),
        "zh-hans": Name("联合国环境大会", _UNEA_ZH),
        "fr": Name("Assemblée des Nations Unies pour l'environnement", _UNEA_FR),
        "ru": Name("Ассамблея ООН по окружающей среде", _UNEA_RU),
        "es": Name("Asamblea de las Naciones Unidas sobre el Medio Ambiente", _UNEA_ES),
    },
}

BODY_NAMES: dict[str, dict[str, Name]] = {
    "bc-cop": {
        "ar": Name("مؤتمر الأطراف في اتفاقية بازل", _BASEL_RC_EGYPT),
        "zh-hans": Name("《巴塞尔公约》缔约方大会", _BASEL_ZH_DECISIONS + "; " + _BASEL_ZH_COP6),
        "fr": Name(
            "Conférence des Parties à la Convention de Bâle",
            "http://doczz.fr/doc/14777/basel-convention — letter of the Secretariat of the Basel"
            " Convention, 3 August 2015 (French)",
        ),
        "ru": Name("Конференция Сторон Базельской конвенции", _BASEL_RU_OEWG),
        "es": Name("Conferencia de las Partes en el Convenio de Basilea", _BRS_COP7_ES),
    },
    "bc-oewg": {
        "ar": Name("الفريق العامل المفتوح العضوية لاتفاقية بازل", _BASEL_OEWG_AR),
        "fr": Name("Groupe de travail à composition non limitée de la Convention de Bâle", _BASEL_OEWG_FR),
        "ru": Name("Рабочая группа открытого состава Базельской конвенции", _BASEL_RU_OEWG),
        "es": Name("Grupo de Trabajo de composición abierta del Convenio de Basilea", _BASEL_OEWG_ES),
    },
    "bc-icc": {
        "fr": Name("Comité de mise en œuvre et du respect de la Convention de Bâle", _PIC_FR_CC),
        "es": Name(
            "Comité encargado de administrar el mecanismo para promover la aplicación y el cumplimiento"
            " del Convenio de Basilea",
            "https://studylib.es/doc/5506863 — decision BC-11/8 (Spanish text)",
        ),
    },
    "rc-cop": {
        "fr": Name("Conférence des Parties à la Convention de Rotterdam", _PIC_FR_CC),
        "ru": Name("Конференция Сторон Роттердамской конвенции", _ROTTERDAM_RU_COP4),
        "es": Name("Conferencia de las Partes en el Convenio de Rotterdam", _BRS_COP7_ES),
    },
    "crc": {
        "ar": Name("لجنة استعراض المواد الكيميائية", _ROTTERDAM_AR_CRC),
        "fr": Name("Comité d'étude des produits chimiques", _PIC_FR_CRC),
        "ru": Name("Комитет по рассмотрению химических веществ", _INFORMEA_RU_CRC),
        "es": Name("Comité de Examen de Productos Químicos", _PIC_ES_CRC),
    },
    "sc-cop": {
        "ar": Name("مؤتمر الأطراف في اتفاقية استكهولم بشأن الملوثات العضوية الثابتة", _STOCKHOLM_SC_AR),
        "fr": Name(
            "Conférence des Parties à la Convention de Stockholm sur les polluants organiques persistants",
            _INFORMEA_FR_POPRC,
        ),
        "ru": Name(
            "Конференция Сторон Стокгольмской конвенции о стойких органических загрязнителях", _INFORMEA_RU_POPRC
        ),
        "es": Name("Conferencia de las Partes en el Convenio de Estocolmo", _BRS_COP7_ES),
    },
    "poprc": {
        "zh-hans": Name("持久性有机污染物审查委员会", _STOCKHOLM_ZH_POPRC),
        "fr": Name("Comité d'étude des polluants organiques persistants", _INFORMEA_FR_POPRC),
        "ru": Name("Комитет по рассмотрению стойких органических загрязнителей", _INFORMEA_RU_POPRC),
        "es": Name("Comité de Examen de los Contaminantes Orgánicos Persistentes", _STOCKHOLM_LETTERHEAD),
    },
    "mc-inc": {
        "fr": Name(
            "Comité de négociation intergouvernemental chargé d'élaborer un instrument international"
            " juridiquement contraignant sur le mercure",
            _MC_INC_ARCHIVE_FR,
        ),
        "es": Name(
            "Comité Intergubernamental de Negociación para elaborar un instrumento jurídicamente vinculante"
            " a nivel mundial sobre el mercurio",
            _MC_INC_ARCHIVE_ES,
        ),
    },
    "mc-cop": {
        "ar": Name("مؤتمر الأطراف في اتفاقية ميناماتا بشأن الزئبق", _MINAMATA_AR_COP),
        "zh-hans": Name("《水俣公约》缔约方大会", _XINHUA_MC_COP5),
        "fr": Name("Conférence des Parties à la Convention de Minamata sur le mercure", _MINAMATA_FR_COP),
    },
    "iccm": {
        "fr": Name("Conférence internationale sur la gestion des produits chimiques", _GAELP_FR_PLAN + "; " + _ICCM_FR),
        "ru": Name("Международная конференция по регулированию химических веществ", _ECO_ACCORD_RU),
        "es": Name("Conferencia Internacional sobre Gestión de los Productos Químicos", _SAICM_ES),
    },
    "saicm-oewg": {
        "ru": Name(
            "Рабочая группа открытого состава Международной конференции по регулированию химических веществ",
            "https://ekois.net/category/tematicheskie/opasnye-himicheskie-veshhestva/page/86 — Eco-Accord news"
            " on the OEWG of the ICCM (secondary: NGO; there in the genitive, «Рабочей группы отрытого"
            " состава…», with a typing error)",
        ),
    },
    "saicm-ip": {
        "ru": Name(
            "Межсессионный процесс по рассмотрению Стратегического подхода и вопросов рационального"
            " регулирования химических веществ и отходов после 2020 года",
            _ECO_ACCORD_RU + " (there in the genitive, «межсессионного процесса…»)",
        ),
    },
    # UNEA is both the vocabulary's instrument and its governing body: one name.
    "unea": INSTRUMENT_NAMES["unea"],
    "gaelp": {
        "fr": Name("Alliance mondiale pour l'élimination des peintures au plomb", _GAELP_FR_PLAN),
    },
    "unep-gc": {
        "zh-hans": Name("联合国环境规划署理事会/全球部长级环境论坛", _UNEP_GC_ZH),
    },
    "gef-council": {
        "fr": Name("Conseil du Fonds pour l'environnement mondial", _GEF_FR_RULES),
    },
    "gef-assembly": {
        "fr": Name("Assemblée du FEM", _GEF_FR_ASSEMBLY),
    },
    "plastics-inc": {
        "zh-hans": Name(
            "旨在制定一项具有法律约束力的塑料污染(包括海洋环境中的塑料污染)国际文书的政府间谈判委员会",
            _XINHUA_INC4,
        ),
    },
}


def _in_title(code: str, forms: dict[str, str], note: str = "") -> dict[str, Name]:
    """A topic named by words of an instrument's official title: each form cites that title's source."""
    title = {item["code"]: item["short_name"] for item in vocabulary.INSTRUMENTS}[code]
    return {
        lang: Name(text, f"the {title}'s title{note} — {INSTRUMENT_NAMES[code][lang].source}")
        for lang, text in forms.items()
    }


TOPIC_NAMES: dict[str, dict[str, Name]] = {
    # The chemicals and wastes the conventions are about, as their own titles name them.
    "mercury": _in_title(
        "minamata", {"ar": "الزئبق", "zh-hans": "汞", "fr": "Mercure", "ru": "Ртуть", "es": "Mercurio"}
    ),
    "pops": _in_title(
        "stockholm",
        {
            "ar": "الملوثات العضوية الثابتة",
            "zh-hans": "持久性有机污染物",
            "fr": "Polluants organiques persistants",
            "ru": "Стойкие органические загрязнители",
            "es": "Contaminantes orgánicos persistentes",
        },
    ),
    "pesticides": _in_title(
        "rotterdam", {"zh-hans": "农药", "fr": "Pesticides", "ru": "Пестициды", "es": "Plaguicidas"}
    )
    | _in_title("rotterdam", {"ar": "مبيدات الآفات"}, note=" («مبيدات آفات», here with the article)"),
    "hazardous-waste": _in_title(
        "basel",
        {
            "ar": "النفايات الخطرة",
            "zh-hans": "危险废物",
            "fr": "Déchets dangereux",
            "ru": "Опасные отходы",
            "es": "Desechos peligrosos",
        },
    ),
    "pcbs": {
        "zh-hans": Name("多氯联苯", _POPS_ZH_SLIDES),
        "fr": Name("PCB", _SENAT_FR_POPS),
    },
    "ddt": {
        "zh-hans": Name("滴滴涕", _POPS_ZH_SLIDES),
        "fr": Name("DDT", _SENAT_FR_POPS),
    },
    "bat-bep": {
        "fr": Name("Meilleures techniques disponibles et meilleures pratiques environnementales", _STOCKHOLM_FR_BATBEP),
        "ru": Name("Наилучшие имеющиеся методы и наилучшие виды природоохранной деятельности", _IPEN_RU_BATBEP),
    },
    "lead": {
        "ar": Name(
            "الرصاص",
            "http://arab.tingroom.com/tingli/tttxw/9044.html — UN Radio (Arabic) on WHO and lead paint, as"
            " transcribed by a language site (secondary)",
        ),
        "fr": Name("Plomb", _LEAD_FR),
        "ru": Name(
            "Свинец",
            "https://ekois.net/2024/09/14 — news on the International Lead Poisoning Prevention Week (Russian;"
            " secondary: NGO)",
        ),
        "es": Name("Plomo", _LEAD_ES),
    },
    "e-waste": {
        "zh-hans": Name("电气和电子废物", _BASEL_ZH_BC117),
        "fr": Name("Déchets d'équipements électriques et électroniques", _ENB_FR_OEWG11),
    },
    "industrial-chemicals": {
        "ru": Name("Промышленные химикаты", _INFORMEA_RU_CRC),
    },
    "illegal-traffic": {
        "zh-hans": Name("非法贩运", _BASEL_ZH_DECISIONS),
        "ru": Name("Незаконный оборот", _BASEL_RU_TEXT),
    },
    "reporting": {
        "zh-hans": Name("国家报告", _BASEL_ZH_BC117),
        "fr": Name("Établissement des rapports nationaux", _SBC_FR_REPORTING),
        "es": Name("Presentación de informes", _RC_ES_NIP),
    },
    "technical-assistance": {
        "zh-hans": Name("技术援助", _ROTTERDAM_ZH_TEXT),
        "fr": Name("Assistance technique", _ROTTERDAM_FR_DECISION),
        "es": Name(
            "Asistencia técnica",
            "http://www.pic.int/Default.aspx?tabid=1925 — Rotterdam Convention website (Spanish)",
        ),
    },
    "emerging-issues": {
        "fr": Name(
            "Nouvelles questions de politique générale",
            "the business plan of the Global Alliance to Eliminate Lead Paint, on lead in paint as «une nouvelle"
            " question de politique générale» — " + _GAELP_FR_PLAN,
        ),
    },
    "sdgs": {
        "ar": Name("أهداف التنمية المستدامة", _UNEA_AR),
        "zh-hans": Name(
            "可持续发展目标", "http://m.studyofnet.com/373435786.html — Xinhua on UNEA-5 (secondary: news)"
        ),
        "fr": Name("Objectifs de développement durable", _SDG_FR),
        "es": Name("Objetivos de Desarrollo Sostenible", _SDG_ES),
    },
}


def missing() -> dict[tuple[str, str], tuple[str, ...]]:
    """Every vocabulary entry with the languages that have no confirmed form (English shown there)."""
    tables: list[tuple[str, list[str], dict[str, dict[str, Name]]]] = [
        ("instrument", [item["code"] for item in vocabulary.INSTRUMENTS], INSTRUMENT_NAMES),
        ("body", [body[0] for body in vocabulary.BODIES], BODY_NAMES),
        ("topic", [topic[0] for topic in vocabulary.TOPICS], TOPIC_NAMES),
    ]
    gaps: dict[tuple[str, str], tuple[str, ...]] = {}
    for kind, keys, names in tables:
        for key in keys:
            absent = tuple(lang for lang in LANGUAGES if lang not in names.get(key, {}))
            if absent:
                gaps[(kind, key)] = absent
    return gaps
