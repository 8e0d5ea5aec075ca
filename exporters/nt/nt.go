// Package nt writes a biography as N-Triples: the RDF graph of the exporters/jsonld document, one
// triple a line, for triple stores and tools that read RDF without a JSON-LD processor. N-Triples
// is also valid Turtle.
//
// The triples are those of the JSON-LD document as a JSON-LD processor reads it (json-gold, offline,
// with the schema.org context vita carries). Blank nodes (roles, places, events, …) are labelled by
// the URDNA2015 canonicalisation of RDF Dataset Canonicalization, so that the labels depend only
// on the graph, and the lines are sorted: the same biography and options give the same bytes.
package nt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/piprate/json-gold/ld"

	"github.com/vita-project/vita/exporters/jsonld"
	"github.com/vita-project/vita/model"
)

// Options are the choices of Write. The zero value names the nodes under jsonld.DefaultBase.
type Options struct {
	// Base is the IRI prefix of the Person's and organisations' IRIs, as jsonld.Options.Base.
	Base string
}

// Write writes b as N-Triples to w: sorted lines, each a triple ending in " .\n", in UTF-8. It fails
// where jsonld.Write fails, before writing anything.
func Write(w io.Writer, b *model.Biography, opts Options) error {
	if b == nil {
		return errors.New("nt: no biography")
	}
	name := b.Label()
	out, err := triples(b, opts)
	if err != nil {
		return fmt.Errorf("nt: %s: %w", name, err)
	}
	if _, err := io.WriteString(w, out); err != nil {
		return fmt.Errorf("nt: %s: %w", name, err)
	}
	return nil
}

func triples(b *model.Biography, opts Options) (string, error) {
	var doc bytes.Buffer
	if err := jsonld.Write(&doc, b, jsonld.Options{Base: opts.Base}); err != nil {
		return "", err
	}
	var input any
	if err := json.Unmarshal(doc.Bytes(), &input); err != nil {
		return "", err
	}
	ldOpts := ld.NewJsonLdOptions("")
	ldOpts.DocumentLoader = jsonld.DocumentLoader()
	ldOpts.SafeMode = true // fail rather than drop a key the context does not define
	v, err := ld.NewJsonLdProcessor().ToRDF(input, ldOpts)
	if err != nil {
		return "", fmt.Errorf("JSON-LD to RDF: %w", err)
	}
	dataset := v.(*ld.RDFDataset)
	for g := range dataset.Graphs {
		if g != "@default" && len(dataset.Graphs[g]) > 0 {
			return "", fmt.Errorf("the document has a named graph %s, which N-Triples cannot hold", g)
		}
	}
	ldOpts.Algorithm = ld.AlgorithmURDNA2015
	ldOpts.Format = "application/n-quads"
	v, err = ld.NewJsonLdApi().Normalize(dataset, ldOpts)
	if err != nil {
		return "", fmt.Errorf("canonicalising blank nodes: %w", err)
	}
	s, _ := v.(string)
	lines := strings.SplitAfter(s, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	slices.Sort(lines)
	return strings.Join(slices.Compact(lines), ""), nil
}
