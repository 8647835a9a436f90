"""Vocab: the ontology's terms as a closed namespace; a typo raises instead of minting.

Checked against ``ontology/kg.ttl`` by tests/test_contract.py.

>>> str(KG.Company)
'https://w3id.org/cn-metaverse-kg/ontology#Company'
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = "https://w3id.org/cn-metaverse-kg/ontology"
DATA = Namespace("https://w3id.org/cn-metaverse-kg/id/")


class KG(DefinedNamespace):
    """Classes and properties of ``ontology/kg.ttl``."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes
    Agent: URIRef
    Organization: URIRef
    Company: URIRef
    ResearchInstitution: URIRef
    GovernmentBody: URIRef
    Association: URIRef
    Person: URIRef
    Policy: URIRef
    Place: URIRef
    Country: URIRef
    Region: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    Zone: URIRef
    Town: URIRef
    Technology: URIRef
    Product: URIRef
    Project: URIRef
    Event: URIRef
    Indicator: URIRef
    Document: URIRef
    Sentence: URIRef
    Mention: URIRef
    Extraction: URIRef
    # relations between entities
    locatedIn: URIRef
    partOf: URIRef
    issuedBy: URIRef
    appliesTo: URIRef
    focusesOn: URIRef
    supports: URIRef
    memberOf: URIRef
    collaboratesWith: URIRef
    develops: URIRef
    proposedBy: URIRef
    mentionedIn: URIRef
    # data about entities and indicators
    adminCode: URIRef
    statisticalCode: URIRef
    year: URIRef
    normalizedValue: URIRef
    baseUnit: URIRef
    qualifier: URIRef
    upperValue: URIRef
    target: URIRef
    # documents and provenance
    indexNumber: URIRef
    documentNumber: URIRef
    signer: URIRef
    addressee: URIRef
    sourcePath: URIRef
    sourceFormat: URIRef
    encoding: URIRef
    script: URIRef
    sha256: URIRef
    inDocument: URIRef
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    inSentence: URIRef
    mentionOf: URIRef
    evidence: URIRef
    trigger: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms the graph uses (https, as schema.org recommends)."""

    _fail = True
    _NS = Namespace("https://schema.org/")

    Observation: URIRef
    observationAbout: URIRef
    value: URIRef
    unitText: URIRef
    variableMeasured: URIRef
    datePublished: URIRef
    dateCreated: URIRef
    spatialCoverage: URIRef
    name: URIRef
