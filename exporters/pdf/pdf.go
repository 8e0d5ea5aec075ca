// Package pdf writes a biography as a PDF dossier (A4 or Letter) for reading and printing: the
// person's key facts, a timeline of positions and events at a glance, the positions and events with
// reference marks to their evidence, the article itself, and the numbered evidence and sources,
// with a linked table of contents, bookmarks, page numbers and the source's attribution. Text is
// set in embedded DejaVu Sans LGC, a Latin–Greek–Cyrillic subset of DejaVu Sans, with the whole of
// DejaVu Sans for the other scripts it draws and Noto Sans Thai for Thai, each embedded only when
// used; Arabic letters are joined and Arabic and Hebrew run right to left (see shape.go and
// bidi.go).
package pdf

import (
	"bytes"
	"crypto/sha512"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vita-project/vita/internal/fpdf"
	"github.com/vita-project/vita/model"
)

// creator is what the metadata names as the dossier's creator, and its author when the source
// names none.
const creator = "vita"

// Write writes b to w as a PDF dossier. Nothing is written when an error occurs.
func Write(w io.Writer, b *model.Biography, opts Options) (err error) {
	if b == nil {
		return errors.New("pdf: no biography to write")
	}
	name := b.Label()
	// fpdf indexes fixed-size tables with the text it is given and may panic on input that clean
	// did not foresee; the caller gets an error for this biography instead of a crash.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: %s: fpdf failed: %v", name, r)
		}
	}()
	d, err := newDocument(b, opts)
	if err != nil {
		return fmt.Errorf("pdf: %s: %w", name, err)
	}
	d.render()
	d.warnMissing()
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %s: %w", name, err)
	}
	if _, err := w.Write(tagSubsets(buf.Bytes())); err != nil {
		return fmt.Errorf("pdf: %s: %w", name, err)
	}
	return nil
}

// newDocument sets up an empty document with the fonts, metadata and footer of b's dossier.
// The layout places every line itself, so fpdf's automatic page breaks and cell margins are off.
func newDocument(b *model.Biography, opts Options) (*document, error) {
	size, w, h, err := pageSize(opts.PageSize)
	if err != nil {
		return nil, err
	}
	lk, err := opts.Style.resolve()
	if err != nil {
		return nil, err
	}
	for fc := regular; fc <= oblique; fc++ {
		if _, err := fontCoverage(fc); err != nil {
			return nil, fmt.Errorf("loading fonts: %w", err)
		}
	}
	f := fpdf.New("P", "mm", size, "")
	f.SetMargins(marginLeft, marginTop, marginRight)
	f.SetAutoPageBreak(false, 0)
	f.SetCellMargin(0)
	// The alias must be set before fonts are added, for fpdf then keeps the digits in every subset.
	// Each face is added when it is first used (see setFace): a dossier without oblique text
	// does not pay for parsing and embedding the oblique face.
	f.AliasNbPages(pageCountAlias)
	d := &document{f: f, b: b, name: clean(b.Name), look: lk, pageW: w, pageH: h,
		contentW: w - marginLeft - marginRight,
		fonts:    &fontState{warned: map[rune]bool{}, warn: opts.Warn, fail: f.SetError}}
	if d.name == "" {
		d.name = "Unnamed person"
	}
	d.reportBeyondPlane(b)
	d.setMetadata(opts.Time)
	d.use(styleAttribution)
	for _, s := range b.Sources[:min(len(b.Sources), 1)] {
		d.attribution = append(d.attribution, wrap(attributionWords(s), d.contentW, d.measure())...)
	}
	if maxLines := int(attributionRoom / d.spec(styleAttribution).leading); len(d.attribution) > maxLines {
		d.attribution = d.attribution[:maxLines]
		last := d.attribution[maxLines-1]
		last[len(last)-1].text += "…"
	}
	f.SetFooterFunc(d.footer)
	return d, f.Error()
}

// setMetadata fills in the document information and fixes everything that would otherwise make
// two runs differ.
func (d *document) setMetadata(t time.Time) {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	t = t.UTC()
	f, b := d.f, d.b
	f.SetCatalogSort(true)
	f.SetCreationDate(t)
	f.SetModificationDate(t)
	f.SetTitle(d.name, true)
	author := creator
	for _, s := range b.Sources {
		if a := clean(s.Author); a != "" {
			author = a
			break
		}
	}
	f.SetAuthor(author, true)
	f.SetSubject(clean(b.Description), true)
	f.SetKeywords(keywords(b), true)
	f.SetCreator(creator, true)
	f.SetProducer(creator, true)
	f.SetLang("en")
}

// keywords lists the name, the occupations and the organisations, each once.
func keywords(b *model.Biography) string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s = clean(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(b.Name)
	for _, o := range b.Occupations {
		add(o)
	}
	for _, o := range b.Organizations {
		add(o.Name)
	}
	return strings.Join(out, ", ")
}

// tagSubsets renames each embedded font from fpdf's "utf8<family>" to "ABCDEF+<PostScript name>",
// the form PDF gives a subset font (ISO 32000-1, 9.6.4), which fpdf embeds but does not name so.
// The tag is drawn from a hash of the document, so it is the same for the same bytes. The new
// name is exactly as long as the old, so no offset in the file moves.
func tagSubsets(pdf []byte) []byte {
	sum := sha512.Sum512(pdf) // six bytes for each face
	var olds, names [faceCount]string
	for fc := range faceCount {
		olds[fc] = "/utf8" + strings.ToLower(fc.family())
		var tag [6]byte
		for i := range tag {
			tag[i] = 'A' + sum[int(fc)*6+i]%26
		}
		names[fc] = "/" + string(tag[:]) + "+" + fc.psName()
	}
	const prefix = "/utf8vt-"
	for at := 0; ; at += len(prefix) {
		i := bytes.Index(pdf[at:], []byte(prefix))
		if i < 0 {
			return pdf
		}
		at += i
		for fc, old := range olds {
			end := at + len(old)
			if end < len(pdf) && string(pdf[at:end]) == old && strings.IndexByte("\n />", pdf[end]) >= 0 &&
				len(names[fc]) == len(old) {
				copy(pdf[at:], names[fc])
				break
			}
		}
	}
}
