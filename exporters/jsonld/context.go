package jsonld

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/piprate/json-gold/ld"

	"github.com/vita-project/vita/assets"
)

// Context returns schema.org's JSON-LD context document, {"@context": {...}}, as compiled into
// vita (schema.org 30.0). Each call returns a fresh copy that the caller may change.
func Context() (map[string]any, error) {
	var doc map[string]any
	if err := json.Unmarshal(assets.SchemaOrgContext, &doc); err != nil {
		return nil, fmt.Errorf("jsonld: embedded schema.org context: %w", err)
	}
	return doc, nil
}

// IsSchemaOrgContext reports whether a JSON-LD processor may resolve the context URL u to Context:
// http or https, schema.org with or without a final slash, or its /docs/jsonldcontext.json(ld).
func IsSchemaOrgContext(u string) bool {
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(u, "http://")
	}
	if !ok {
		return false
	}
	switch rest {
	case "schema.org", "schema.org/", "schema.org/docs/jsonldcontext.json", "schema.org/docs/jsonldcontext.jsonld":
		return true
	}
	return false
}

// DocumentLoader returns a json-gold document loader that serves schema.org's context from Context
// and refuses every other URL, so that JSON-LD processing never reaches the network:
//
//	opts := ld.NewJsonLdOptions("")
//	opts.DocumentLoader = jsonld.DocumentLoader()
//	expanded, err := ld.NewJsonLdProcessor().Expand(doc, opts)
func DocumentLoader() ld.DocumentLoader { return offlineLoader{} }

type offlineLoader struct{}

func (offlineLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	if !IsSchemaOrgContext(u) {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed,
			fmt.Sprintf("%s: not loaded: only schema.org's context is available offline", u))
	}
	doc, err := Context()
	if err != nil {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, err)
	}
	return &ld.RemoteDocument{DocumentURL: u, Document: doc}, nil
}
