// Package assets holds the files vita compiles in: the fonts of the PDF dossier, the embedded sample
// biography and the schema.org JSON-LD context. It is a leaf: it imports nothing of vita's.
package assets

import (
	"embed"
	"sync"
)

// Fonts holds the fonts of the PDF dossier with their licences: DejaVu Sans LGC (regular, bold,
// oblique), a Latin–Greek–Cyrillic subset of DejaVu Sans that sets nearly all text; DejaVu Sans
// (regular, bold) as the fallback for the rest, Arabic and Hebrew among it; and Noto Sans Thai
// (regular, bold) as the fallback for Thai. fonts/LICENSE and fonts/LICENSE-Noto are their
// licences, fonts/NOTICE says which is which and how the subsets were made.
//
//go:embed fonts/*.ttf fonts/LICENSE fonts/LICENSE-Noto fonts/NOTICE
var Fonts embed.FS

// Font returns the bytes of one of the fonts in fonts/, such as "DejaVuSans-Bold.ttf". They are
// read once per process and shared by every caller, who must not modify them: a PDF dossier reads
// a font of some hundred kilobytes more than once, and copying it every time is wasted.
func Font(name string) ([]byte, error) {
	if data, ok := fontCache.Load(name); ok {
		return data.([]byte), nil
	}
	data, err := Fonts.ReadFile("fonts/" + name)
	if err != nil {
		return nil, err
	}
	shared, _ := fontCache.LoadOrStore(name, data)
	return shared.([]byte), nil
}

var fontCache sync.Map // file name → contents

// SampleName is the file name of the embedded sample article, as `vita export` reports it.
const SampleName = "peter-willsman.txt"

// Sample is the plain text of the English Wikipedia article "Peter Willsman", unchanged; see
// sample/NOTICE and SampleSource for its attribution.
//
//go:embed sample/peter-willsman.txt
var Sample []byte

// The attribution the sample's licence (CC BY-SA 4.0) asks for, carried by every export of it.
const (
	SampleTitle     = "Peter Willsman"
	SampleAuthor    = "Wikipedia contributors"
	SamplePublisher = "Wikipedia, The Free Encyclopedia"
	SampleURL       = "https://en.wikipedia.org/wiki/Peter_Willsman"
	SampleLicense   = "CC BY-SA 4.0"
	SampleNote      = "The article text is reproduced unchanged."
)

// SchemaOrgContext is the JSON-LD context that https://schema.org/ serves (schema.org 30.0,
// CC BY-SA 3.0; see schemaorg/NOTICE), so that JSON-LD is processed offline.
//
//go:embed schemaorg/jsonldcontext.json
var SchemaOrgContext []byte
