package jsonld

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/vita-project/vita/internal/lazyre"
	"github.com/vita-project/vita/model"
)

// PROV is the namespace of the W3C PROV-O ontology, whose prov:wasDerivedFrom links a role or an
// event to the sentence it was read from. The document's context declares it inline, next to
// schema.org's, so that no second context has to be fetched.
const PROV = "http://www.w3.org/ns/prov#"

// quotation is a sentence of the article as evidence: a schema:Quotation whose text is the
// sentence and which is part of the article it was read from.
type quotation struct {
	ID       string `json:"@id,omitempty"`
	Type     string `json:"@type"`
	Text     string `json:"text"`
	IsPartOf *ref   `json:"isPartOf,omitempty"`
}

// ref is a reference to a node written elsewhere in the document.
type ref struct {
	ID string `json:"@id"`
}

// evidence returns the quotations of the sentences that state a fact, each once, in order; blank
// sentences are left out. The sentences are taken to be from the first source, the article the
// biography was read from (model.Evidence names no source).
func evidence(ids idScheme, haveSource bool, es []model.Evidence) any {
	var out []*quotation
	seen := map[string]bool{}
	for _, e := range es {
		s := text(e.Sentence)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		q := &quotation{ID: ids.quotation(s), Type: "Quotation", Text: s}
		if haveSource {
			q.IsPartOf = &ref{ID: ids.source(0)}
		}
		out = append(out, q)
	}
	return oneOrMany(out)
}

// wikidataItem finds a Wikidata item's URL or its "Q" number after the word Wikidata.
var wikidataItem = lazyre.New(`(?i)(?:wikidata\.org/(?:wiki|entity)/|wikidata[^A-Za-z0-9]{0,12}(?:item\s*)?)(Q[1-9][0-9]*)\b`)

// sameAs returns the Wikidata entity IRIs that the sources give for the person: the URL of a source
// that is a Wikidata item and is the first source or titled with the person's name, and a Wikidata
// item named in the first source's note ("Wikidata: Q42"). Other sources' Wikidata links may be
// about anything the article cites, so they are not identifiers of the person.
func sameAs(b *model.Biography) any {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		for _, m := range wikidataItem.FindAllStringSubmatch(s, -1) {
			iri := "http://www.wikidata.org/entity/" + strings.ToUpper(m[1])
			if !seen[iri] {
				seen[iri] = true
				out = append(out, iri)
			}
		}
	}
	for i, s := range b.Sources {
		t := strings.TrimSpace(s.Title)
		if i == 0 || t != "" && (t == strings.TrimSpace(b.Name) || t == strings.TrimSpace(b.FullName)) {
			if strings.Contains(strings.ToLower(s.URL), "wikidata.org/") {
				add(s.URL)
			}
		}
		if i == 0 {
			add(s.Note)
		}
	}
	return oneOrMany(out)
}

// isWikipedia reports whether a source is a Wikipedia article, which is about the person.
func isWikipedia(s model.Source) bool {
	return strings.Contains(strings.ToLower(s.Publisher), "wikipedia") ||
		strings.Contains(strings.ToLower(s.URL), ".wikipedia.org/wiki/")
}

// quotation returns the @id of the quotation of a sentence: a hash of the sentence, so that the
// same sentence is one node however many facts it states, and the @id does not change when other
// facts are added.
func (s idScheme) quotation(sentence string) string {
	h := sha256.Sum256([]byte(sentence))
	return s.local("quote", hex.EncodeToString(h[:6]))
}

// source returns the @id of the i-th source (from 0), numbered from 1.
func (s idScheme) source(i int) string { return s.local("source", strconv.Itoa(i+1)) }

// local returns the @id of a node of the biography that is neither the person nor an organisation:
// the Person's @id, "#", the kind, "/" and the key ("…#source/1"), which no organisation's @id can
// be, because a "/" in an organisation ID is escaped; or a blank node label ("_:source-1") when the
// biography has no ID.
func (s idScheme) local(kind, key string) string {
	if s.person == "" {
		return "_:" + kind + "-" + key
	}
	return s.person + "#" + kind + "/" + key
}
