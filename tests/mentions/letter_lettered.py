"""An invented Nynorsk allocation letter (a sports directorate) in the PDF-extracted style: lettered goals under
their level's word, a parameter appendix torn over a page break, a goal column in the scheme and assignment
tables, and a budget table with the amount column first. Shared by the tests of the modules that read it."""

LETTER = """3     MÅL FOR VERKSEMDA
Måla har to nivå.

      Samfunnsmål
      Alle kan drive med idrett og friluftsliv der dei bur.

      Verksemdsmål
      A   Fleire vaksne med låg inntekt er fysisk aktive i ein organisert
          samanheng
      B   Idrettslaga har gode og føreseielege rammevilkår
      C   Kommunane har planar for anlegg til eigenorganisert aktivitet (nytt)

4     OPPDRAG
Nr.       Oppdrag                                                   Frist        Mål
O-25-01   Greie ut ei ordning med gratis hallleige for lag med      1.9.2025     B
(V)       mange barn frå låginntektsfamiliar.
O-25-02   Lage ei rettleiing om anlegg for eigenorganisert          1.3.2025     C
          aktivitet.

5     LØYVINGAR
Utgifter
  Beløp (1 000 kr)    Kap.    Post    Nemning
         120 400       871     01     Driftsutgifter
          56 900       871     70     Tilskot til idrettslag med mange
                                      nye medlemer
         177 300                      Sum utgifter

VEDLEGG 1    TILSKOTSORDNINGAR

Mål   Kap./post   Ordning                                                     Søknadsfrist
A     871.71      Tilskot til aktivitet for vaksne med låg inntekt            1. februar
B     871.70      Tilskot til idrettslag med mange nye medlemer                1. april

VEDLEGG 2    STYRINGSPARAMETRAR

Kode      Styringsparameter                                       Resultatkrav 2025
Verksemdsmål A
SP A.1    Tal på vaksne med låg inntekt som har fått aktivitetskort minst 9 000
SP A.2    Del av tilskotet som går til lag utanfor dei største by-   minst 40 prosent

Tildelingsbrev 2025 – Idrettsdirektoratet                                side 4 av 5
\f
          ene
Verksemdsmål B
SP B.1    Gjennomsnittleg sakshandsamingstid for søknader om       høgst 6 veker
          driftstilskot
"""
