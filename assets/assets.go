// Package assets holds the files vita compiles in: the fonts of the PDF dossier, the embedded sample
// biography and the schema.org JSON-LD context. It is a leaf: it imports nothing of vita's.
package assets

import (
	"embed"
	"io/fs"
)

// The fonts of the PDF dossier: DejaVu Sans LGC (regular, bold, oblique), a Latin–Greek–Cyrillic
// subset of DejaVu Sans that sets nearly all text; DejaVu Sans (regular, bold) as the fallback for
// the rest, Arabic and Hebrew among it; Noto Sans Thai (regular, bold) as the fallback for Thai;
// and Droid Sans Fallback for Chinese, Japanese and Korean. Each is its own variable, so that reading one copies nothing: embed.FS.ReadFile copied
// the font at every call, and a dossier's first page then had to fault in the copy as well.
var (
	//go:embed fonts/DejaVuSansLGC.ttf
	dejaVuSansLGC []byte
	//go:embed fonts/DejaVuSansLGC-Bold.ttf
	dejaVuSansLGCBold []byte
	//go:embed fonts/DejaVuSansLGC-Oblique.ttf
	dejaVuSansLGCOblique []byte
	//go:embed fonts/DejaVuSans.ttf
	dejaVuSans []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejaVuSansBold []byte
	//go:embed fonts/NotoSansThai-Regular.ttf
	notoSansThai []byte
	//go:embed fonts/NotoSansThai-Bold.ttf
	notoSansThaiBold []byte
	//go:embed fonts/DroidSansFallback.ttf
	droidSansFallback []byte
)

// FontLicenses holds the fonts' licences, compiled in with them: fonts/LICENSE (DejaVu),
// fonts/LICENSE-Noto and fonts/LICENSE-Apache (Droid), and fonts/NOTICE, which says which is which
// and how the subsets were made.
//
//go:embed fonts/LICENSE fonts/LICENSE-Noto fonts/LICENSE-Apache fonts/NOTICE
var FontLicenses embed.FS

// Font returns the bytes of one of the fonts in fonts/, such as "DejaVuSans-Bold.ttf". They are
// the compiled-in bytes themselves, shared by every caller, who must not modify them.
func Font(name string) ([]byte, error) {
	var data []byte
	switch name {
	case "DejaVuSansLGC.ttf":
		data = dejaVuSansLGC
	case "DejaVuSansLGC-Bold.ttf":
		data = dejaVuSansLGCBold
	case "DejaVuSansLGC-Oblique.ttf":
		data = dejaVuSansLGCOblique
	case "DejaVuSans.ttf":
		data = dejaVuSans
	case "DejaVuSans-Bold.ttf":
		data = dejaVuSansBold
	case "NotoSansThai-Regular.ttf":
		data = notoSansThai
	case "NotoSansThai-Bold.ttf":
		data = notoSansThaiBold
	case "DroidSansFallback.ttf":
		data = droidSansFallback
	default:
		return nil, &fs.PathError{Op: "open", Path: "fonts/" + name, Err: fs.ErrNotExist}
	}
	return data, nil
}

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
