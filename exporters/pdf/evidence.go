package pdf

import (
	"strconv"
	"strings"

	"github.com/vita-project/vita/model"
)

// maxReferences is how many of an article's references the sources list shows; a long article
// cites hundreds, and the rest are counted.
const maxReferences = 200

// The evidence of positions and events is numbered in the order the rows cite it. Each row carries
// its numbers as marks linked to the numbered sentences in "Sources and evidence", and each
// sentence links back to the first row that cites it.
type evidenceList struct {
	entries []evidenceEntry
	index   map[model.Evidence]int // cleaned evidence → position in entries
}

type evidenceEntry struct {
	ev      model.Evidence
	to      int  // internal link to the numbered sentence
	back    int  // internal link to the first row that cites it
	backSet bool // whether that row has been drawn
}

// cite numbers the evidence of a row and returns the numbers, from 1.
func (d *document) cite(evs []model.Evidence) []int {
	var nums []int
	for _, e := range evs {
		e = model.Evidence{Section: clean(e.Section), Sentence: clean(e.Sentence)}
		if e.Sentence == "" {
			continue
		}
		l := &d.evidence
		if l.index == nil {
			l.index = map[model.Evidence]int{}
		}
		i, ok := l.index[e]
		if !ok {
			i = len(l.entries)
			l.index[e] = i
			l.entries = append(l.entries, evidenceEntry{ev: e, to: d.f.AddLink(), back: d.f.AddLink()})
		}
		if !containsInt(nums, i+1) {
			nums = append(nums, i+1)
		}
	}
	return nums
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// refCell is the cell of a row's reference marks: "[1] [2]".
func refCell(nums []int) cell {
	marks := make([]string, len(nums))
	for i, n := range nums {
		marks[i] = "[" + strconv.Itoa(n) + "]"
	}
	return cell{text: strings.Join(marks, " "), style: styleRef, refs: nums}
}

// markNumber reads the number of a mark "[12]", or 0.
func markNumber(s string) int {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return 0
	}
	n, _ := strconv.Atoi(s[1 : len(s)-1])
	return n
}

// drawMarks sets a line of reference marks, each linked to its sentence, and makes the row at
// rowY the target of the sentences' links back.
func (d *document) drawMarks(x, y, rowY float64, l string, sp fontSpec) {
	space := d.width(" ")
	for i, m := range strings.Split(l, " ") {
		if i > 0 {
			x += space
		}
		w := d.width(m)
		d.text(x, y, w, m, sp, "L", "")
		if n := markNumber(strings.TrimSuffix(m, "…")); n > 0 && n <= len(d.evidence.entries) {
			e := &d.evidence.entries[n-1]
			d.f.Link(x, y, w, sp.leading, e.to)
			if !e.backSet {
				d.f.SetLink(e.back, rowY, d.f.PageNo())
				e.backSet = true
			}
		}
		x += w
	}
}

// sourcesPart sets the numbered evidence sentences with their sections, then the sources: the
// article with its URL and licence, then its references, the first maxReferences of them.
func (d *document) sourcesPart() {
	b := d.b
	if len(d.evidence.entries) == 0 && len(b.Sources) == 0 {
		return
	}
	d.heading(sourcesTitle, stylePart, 0, d.linesHeight(3, styleEntry), d.tocIndex(sourcesTitle))
	label := d.entryLabelWidth(max(len(d.evidence.entries), len(b.Sources)))
	if len(d.evidence.entries) > 0 {
		d.heading("Evidence", styleHeading2, 1, d.linesHeight(2, styleEntry), -1)
		for i, e := range d.evidence.entries {
			ws := words("“"+e.ev.Sentence+"”", "")
			if e.ev.Section != "" {
				ws = append(ws, words("("+e.ev.Section+")", "")...)
			}
			back := 0
			if e.backSet {
				back = e.back
			}
			d.entry("["+strconv.Itoa(i+1)+"]", label, back, e.to, ws)
		}
		d.advance(tableGapAfter)
	}
	if len(b.Sources) == 0 {
		return
	}
	d.heading("Sources", styleHeading2, 1, d.linesHeight(2, styleEntry), -1)
	d.entry("Article", d.entryLabelWidthOf("Article"), 0, -1, sourceWords(b.Sources[0]))
	refs := b.Sources[1:]
	if len(refs) == 0 {
		return
	}
	d.advance(tableGapAfter)
	d.heading("References", styleHeading3, 2, d.linesHeight(2, styleEntry), -1)
	for i, s := range refs[:min(len(refs), maxReferences)] {
		d.entry("["+strconv.Itoa(i+1)+"]", label, 0, -1, sourceWords(s))
	}
	if more := len(refs) - maxReferences; more > 0 {
		d.advance(1)
		d.block("and "+strconv.Itoa(more)+" more references, listed in the article.", styleNote, false)
	}
}

// sourcesTitle heads the last part.
const sourcesTitle = "Sources and evidence"

// entryLabelWidth is the width of the hanging label column for entries numbered up to n.
func (d *document) entryLabelWidth(n int) float64 {
	return d.entryLabelWidthOf("[" + strconv.Itoa(max(n, 1)) + "]")
}

func (d *document) entryLabelWidthOf(s string) float64 {
	d.use(styleRef)
	return d.width(s) + 2
}

// entry sets a numbered entry: the label in the hanging column, linked to back when back is not
// 0, and the words wrapped beside it, with their URLs as links. An entry of a few lines is kept on
// one page; target, when not -1, is set to the entry's first line.
func (d *document) entry(label string, labelW float64, back, target int, ws []word) {
	sp := d.use(styleEntry)
	lines := wrap(ws, d.contentW-labelW, d.measure())
	if len(lines) == 0 {
		lines = []line{nil}
	}
	d.ensure(d.linesHeight(min(len(lines), 4), styleEntry))
	if target >= 0 {
		d.f.SetLink(target, d.f.GetY(), d.f.PageNo())
	}
	ref := d.use(styleRef)
	d.text(marginLeft, d.f.GetY(), labelW, label, ref, "L", "")
	if back > 0 {
		d.f.Link(marginLeft, d.f.GetY(), d.width(label), ref.leading, back)
	}
	for i, l := range lines {
		if i > 0 {
			d.ensure(sp.leading)
		}
		d.use(styleEntry)
		d.drawLine(marginLeft+labelW, d.f.GetY(), l, sp)
		d.advance(sp.leading)
	}
	d.advance(0.6)
}

// drawLine sets a wrapped line word by word, the words with a URL in the link colour and linked.
func (d *document) drawLine(x, y float64, l line, sp fontSpec) {
	space := d.width(" ")
	for i, w := range l {
		if i > 0 {
			x += space
		}
		color := sp.color
		if w.link != "" {
			color = colorLink
		}
		d.setTextColor(color)
		width := d.width(w.text)
		d.text(x, y, width, w.text, sp, "L", w.link)
		x += width
	}
	d.setTextColor(sp.color)
}

// sourceWords describes a source in the list of sources: “Title”, author, publisher, date, URL,
// licence. Note.
func sourceWords(s model.Source) []word {
	ws := citationWords(s, true)
	if len(ws) == 0 {
		ws = words("(not described)", "")
	}
	return ws
}

// citationWords are a source's words, with its URL as a link: “Title”, author, publisher, date
// (when withDate), URL, licence. Note. None when the source says nothing.
func citationWords(s model.Source, withDate bool) []word {
	title := clean(s.Title)
	if title != "" {
		title = "“" + title + "”"
	}
	date := ""
	if withDate {
		date = s.Date.Human()
	}
	var ws []word
	parts := 0
	add := func(text, link string) {
		if text == "" {
			return
		}
		if parts > 0 {
			ws[len(ws)-1].text += ","
		}
		ws = append(ws, words(text, link)...)
		parts++
	}
	add(joinNonEmpty(", ", title, s.Author, s.Publisher, date), "")
	url := clean(s.URL)
	add(url, linkTarget(url))
	add(clean(s.License), "")
	if parts > 0 {
		ws[len(ws)-1].text += "."
	}
	return append(ws, words(clean(s.Note), "")...)
}
