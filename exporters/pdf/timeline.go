package pdf

import (
	"math"
	"slices"

	"github.com/vita-project/vita/internal/fpdf"

	"github.com/vita-project/vita/model"
)

// The timeline is the dossier at a glance: one bar per dated position across a year axis, and the
// dated events as small shapes, on a row of their own and on the bar of the body they concern.
// An end the article does not state fades out (towards the axis end, with an arrow, or the death);
// an unknown start fades in; a date known only to its decade, or approximate or uncertain, is drawn
// lighter across all the days it may stand for. Positions without any date are listed below.

const timelineTitle = "At a glance"

// Timeline geometry in millimetres, before scaling with the base size.
const (
	tlLabelShare = 0.34 // of the column, for the row labels
	tlAxisH      = 6.0  // the row of year labels
	tlMaxRowH    = 6.0
	tlMinRowH    = 3.9
	tlFadeW      = 9.0 // the length of a fading open end or start
	tlMarker     = 1.4 // a marker's half size
	tlTickW      = 13.0
)

// marker is the shape and colour of a kind of event.
type marker int

const (
	markStart    marker = iota // elected, appointed, joined…
	markDefeat                 // defeated, withdrew as a candidate…
	markSanction               // suspended, expelled…
	markLeave                  // resigned, retired, left
	markDeath
	markOther
	markerCount
)

func markerOf(k model.EventKind) marker {
	switch k {
	case model.Elected, model.Reelected, model.Appointed, model.SwornIn, model.Nominated, model.Joined,
		model.Enlisted, model.AdmittedToBar, model.Graduated, model.Candidate:
		return markStart
	case model.Defeated, model.Withdrew:
		return markDefeat
	case model.Suspended, model.Expelled, model.EndorsementWithdrawn, model.Lawsuit, model.Controversy:
		return markSanction
	case model.Resigned, model.Retired, model.Left:
		return markLeave
	case model.Died, model.Killed, model.Assassinated:
		return markDeath
	}
	return markOther
}

func (m marker) label() string {
	return [...]string{"Elected, appointed, joined", "Defeated, withdrew", "Suspended, expelled",
		"Resigned, retired, left", "Died", "Other event"}[m]
}

func (m marker) color() int {
	return [...]int{0x2E7D32, 0xE65100, 0xC62828, 0x5F6B7A, 0x111111, 0x7B3FA0}[m]
}

// span is a stretch of the axis in fractional years.
type span struct{ from, to float64 }

// yearAt turns a day key (yyyymmdd) into a fractional year.
func yearAt(key int) float64 {
	y, m, d := key/10000, key/100%100, key%100
	return float64(y) + float64(max(m, 1)-1)/12 + float64(max(d, 1)-1)/365
}

// dateSpan is the days a date may stand for, widened by a year each side when it is approximate.
func dateSpan(d model.Date) span {
	s := span{yearAt(d.Earliest()), yearAt(d.Latest()) + 1.0/365}
	if d.Approximate || d.Uncertain {
		s.from, s.to = s.from-1, s.to+1
	}
	return s
}

// fuzzy reports whether a date is drawn as approximate.
func fuzzy(d model.Date) bool {
	return d.Approximate || d.Uncertain || d.Precision <= model.PrecisionDecade
}

type tlMark struct {
	at     float64
	marker marker
}

type tlRow struct {
	label      string
	start, end model.Date
	marks      []tlMark
	org        string
}

type timelineData struct {
	rows    []tlRow
	events  []tlMark // every dated event
	undated []string
	lo, hi  float64 // the dates drawn
	used    [markerCount]bool
	open    bool // some bar has an open end
	fuzzy   bool // some bar has an approximate end
}

// timelineData gathers what the timeline draws, or returns nil when nothing is dated.
func (d *document) timelineData() *timelineData {
	tl := &timelineData{lo: math.Inf(1), hi: math.Inf(-1)}
	see := func(s span) {
		tl.lo, tl.hi = min(tl.lo, s.from), max(tl.hi, s.to)
	}
	for _, p := range d.b.Positions {
		label := joinNonEmpty(" · ", p.Role, d.shortOrganization(p.Organization))
		if label == "" {
			label = "Position"
		}
		if p.Start.IsZero() && p.End.IsZero() {
			tl.undated = append(tl.undated, label)
			continue
		}
		if !p.Start.IsZero() {
			see(dateSpan(p.Start))
		}
		if !p.End.IsZero() {
			see(dateSpan(p.End))
		} else {
			tl.open = true
		}
		tl.fuzzy = tl.fuzzy || (!p.Start.IsZero() && fuzzy(p.Start)) || (!p.End.IsZero() && fuzzy(p.End))
		tl.rows = append(tl.rows, tlRow{label: label, start: p.Start, end: p.End, org: p.Organization})
	}
	for _, e := range d.b.Events {
		if e.Date.IsZero() {
			continue
		}
		s := dateSpan(e.Date)
		see(s)
		m := tlMark{at: (s.from + s.to) / 2, marker: markerOf(e.Kind)}
		tl.events = append(tl.events, m)
		tl.used[m.marker] = true
		for i := range tl.rows {
			r := &tl.rows[i]
			if e.Organization != "" && e.Organization == r.org && d.rowSpan(r, math.Inf(1)).contains(m.at) {
				r.marks = append(r.marks, m)
			}
		}
	}
	if len(tl.rows) == 0 && len(tl.events) == 0 {
		return nil
	}
	slices.SortStableFunc(tl.rows, func(a, b tlRow) int {
		return model.Compare(firstDate(a), firstDate(b))
	})
	return tl
}

func firstDate(r tlRow) model.Date {
	if r.start.IsZero() {
		return r.end
	}
	return r.start
}

func (s span) contains(x float64) bool { return x >= s.from-0.5 && x <= s.to+0.5 }

// deathYear is the end of the day, month or year of the person's death as a fractional year, or
// NaN when the biography states none: no tenure lasts beyond it.
func (d *document) deathYear() float64 {
	if died := d.b.Died; died != nil && !died.Date.IsZero() {
		return dateSpan(died.Date).to
	}
	return math.NaN()
}

// rowSpan is the stretch a bar covers, an open end reaching to the death, or to axisEnd.
func (d *document) rowSpan(r *tlRow, axisEnd float64) span {
	if death := d.deathYear(); !math.IsNaN(death) {
		axisEnd = min(axisEnd, death)
	}
	s := span{math.Inf(-1), axisEnd}
	if !r.start.IsZero() {
		s.from = dateSpan(r.start).from
	}
	if !r.end.IsZero() {
		s.to = dateSpan(r.end).to
		if r.start.IsZero() {
			s.from = s.to - 1
		}
	}
	return s
}

// shortOrganization is an organisation's acronym, or its name.
func (d *document) shortOrganization(id string) string {
	if o := d.b.Organization(id); o != nil && clean(o.Acronym) != "" {
		return clean(o.Acronym)
	}
	return clean(d.b.OrganizationName(id))
}

// axis is the year scale of a timeline across the chart's width.
type axis struct {
	from, to, step int
	x0, x1         float64
}

func (a axis) x(year float64) float64 {
	t := (year - float64(a.from)) / float64(a.to-a.from)
	return a.x0 + max(0, min(1, t))*(a.x1-a.x0)
}

// newAxis chooses a tick step of 1, 2, 5, 10, 20, 50… years that leaves room for each label.
func newAxis(lo, hi float64, open bool, x0, x1, tickW float64) axis {
	if open {
		hi += max(1, (hi-lo)*0.06)
	}
	maxTicks := max(2, int((x1-x0)/tickW))
	steps := []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}
	a := axis{x0: x0, x1: x1}
	for _, s := range steps {
		a.step = s
		a.from = int(math.Floor(lo/float64(s))) * s
		a.to = int(math.Ceil(hi/float64(s))) * s
		if a.to <= a.from {
			a.to = a.from + s
		}
		if (a.to-a.from)/s <= maxTicks {
			break
		}
	}
	return a
}

// timeline sets the chart, its legend and the undated positions.
func (d *document) timeline(tl *timelineData) {
	if tl == nil {
		return
	}
	sc := d.look.scale
	ax := d.spec(styleAxis)
	d.use(styleAxis)
	labelW := d.contentW * tlLabelShare
	half := d.width("0000") / 2
	a := newAxis(tl.lo, tl.hi, tl.open, marginLeft+labelW+max(2, half), marginLeft+d.contentW-half-0.5, tlTickW*sc)
	n := len(tl.rows)
	if len(tl.events) > 0 {
		n++
	}
	rowH := max(tlMinRowH*sc, min(tlMaxRowH*sc, 90*sc/float64(n)), ax.leading+0.4)
	axisH := tlAxisH * sc
	d.heading(timelineTitle, stylePart, 0, axisH+rowH*float64(min(n, 3)), d.tocIndex(timelineTitle))

	type row struct {
		label  string
		events bool
		r      *tlRow
	}
	var rows []row
	if len(tl.events) > 0 {
		rows = append(rows, row{label: "Events", events: true})
	}
	for i := range tl.rows {
		rows = append(rows, row{label: tl.rows[i].label, r: &tl.rows[i]})
	}
	for i := 0; i < len(rows); {
		if d.f.GetY()+axisH+rowH > d.bottom() && !d.atTop() {
			d.newPage()
		}
		top := d.f.GetY()
		fit := max(1, int((d.bottom()-top-axisH)/rowH))
		chunk := rows[i:min(len(rows), i+fit)]
		d.drawAxis(a, top, axisH, float64(len(chunk))*rowH)
		y := top + axisH
		for k, r := range chunk {
			if (i+k)%2 == 1 {
				d.setFillColor(colorStripe)
				d.f.Rect(marginLeft, y, d.contentW, rowH, "F")
				d.drawGrid(a, y, rowH)
			}
			st := styleAxis
			if r.events {
				st = styleTableMuted
			}
			sp := d.use(st)
			sp.size, sp.leading = ax.size, ax.leading
			d.f.SetFontSize(ax.size)
			d.text(marginLeft+1, y+(rowH-ax.leading)/2, labelW-2, truncateWidth(r.label, labelW-2, d.measure()), sp, "L", "")
			mid := y + rowH/2
			if r.events {
				for _, m := range tl.events {
					d.drawMarker(a.x(m.at), mid, tlMarker*sc, m.marker)
				}
			} else {
				d.drawBar(a, r.r, tl, mid, rowH*0.42)
				for _, m := range r.r.marks {
					d.drawMarker(a.x(m.at), mid, tlMarker*sc*0.85, m.marker)
				}
			}
			y += rowH
		}
		d.setDrawColor(colorRule)
		d.f.SetLineWidth(0.2)
		d.f.Line(marginLeft, y, marginLeft+d.contentW, y)
		d.f.SetXY(marginLeft, y)
		i += len(chunk)
	}
	d.advance(2)
	d.legend(tl)
	if len(tl.undated) > 0 {
		d.advance(1)
		d.block("Undated, not drawn: "+joinNonEmpty("; ", tl.undated...)+".", styleTableMuted, false)
	}
	d.advance(tableGapAfter + 2)
}

// drawAxis sets the year labels above the chart and the tick lines down through rowsH of rows.
func (d *document) drawAxis(a axis, top, axisH, rowsH float64) {
	sp := d.use(styleAxis)
	d.setTextColor(colorMuted)
	for y := a.from; y <= a.to; y += a.step {
		x := a.x(float64(y))
		label := model.YearOf(y).Human()
		w := d.width(label)
		d.text(x-w/2, top+axisH-sp.leading-1.2, w, label, sp, "L", "")
	}
	d.setDrawColor(colorMuted)
	d.f.SetLineWidth(0.25)
	d.f.Line(a.x0, top+axisH-0.6, a.x1, top+axisH-0.6)
	d.drawGrid(a, top+axisH-0.6, rowsH+0.6)
}

// drawGrid draws the tick lines across a stretch of rows.
func (d *document) drawGrid(a axis, y, h float64) {
	d.setDrawColor(0xD5DCE4)
	d.f.SetLineWidth(0.15)
	for yr := a.from; yr <= a.to; yr += a.step {
		x := a.x(float64(yr))
		d.f.Line(x, y, x, y+h)
	}
}

// drawBar draws a position's bar centred on mid: solid where it was certainly held, lighter across
// approximate ends, fading where an end or start is not stated.
func (d *document) drawBar(a axis, r *tlRow, tl *timelineData, mid, h float64) {
	accent := d.look.accent
	y := mid - h/2
	fade := tlFadeW * d.look.scale
	rect := func(x0, x1 float64, c int) {
		if x1-x0 < 0.01 {
			return
		}
		d.setFillColor(c)
		d.f.Rect(x0, y, x1-x0, h, "F")
	}
	gradient := func(x0, x1 float64, fadeRight bool) {
		const steps = 8
		w := (x1 - x0) / steps
		for i := range steps {
			share := (float64(i) + 0.5) / steps
			if !fadeRight {
				share = 1 - share
			}
			rect(x0+float64(i)*w, x0+float64(i+1)*w+0.02, mix(accent, 0.1+0.8*share))
		}
	}
	light := mix(accent, 0.6)
	var solidFrom, solidTo float64
	switch {
	case r.start.IsZero(): // unknown start: fades in before the end
		e := dateSpan(r.end)
		solidTo = a.x(e.to)
		if fuzzy(r.end) {
			solidTo = a.x(e.from)
			rect(solidTo, a.x(e.to), light)
		}
		solidFrom = max(a.x0, solidTo-fade)
		gradient(max(a.x0, solidFrom-fade), solidFrom, false)
		rect(solidFrom, solidTo, accent)
		return
	default:
		s := dateSpan(r.start)
		solidFrom = a.x(s.from)
		if fuzzy(r.start) {
			rect(a.x(s.from), a.x(s.to), light)
			solidFrom = a.x(s.to)
		}
	}
	if r.end.IsZero() { // open end: fades towards the death, or the axis end, which an arrow marks
		end, death := a.x1, d.deathYear()
		if !math.IsNaN(death) {
			end = max(solidFrom+fade/2, min(a.x1, a.x(death)))
		}
		solidTo = max(solidFrom, end-fade)
		rect(solidFrom, solidTo, accent)
		gradient(solidTo, end, true)
		if math.IsNaN(death) {
			d.setFillColor(mix(accent, 0.5))
			d.f.Polygon(points(end, y-h*0.3, end+h*0.9, mid, end, y+h*1.3), "F")
		}
		return
	}
	e := dateSpan(r.end)
	solidTo = a.x(e.to)
	if fuzzy(r.end) {
		solidTo = a.x(e.from)
		rect(max(solidTo, solidFrom), a.x(e.to), light)
	}
	rect(solidFrom, max(solidTo, solidFrom+0.6), accent)
}

// drawMarker draws an event's shape centred on (x, y), r being its half size.
func (d *document) drawMarker(x, y, r float64, m marker) {
	d.setFillColor(m.color())
	d.setDrawColor(0xFFFFFF)
	d.f.SetLineWidth(0.2)
	switch m {
	case markStart:
		d.f.Polygon(points(x, y-r, x+r, y+r*0.8, x-r, y+r*0.8), "FD")
	case markDefeat:
		d.f.Polygon(points(x-r, y-r*0.8, x+r, y-r*0.8, x, y+r), "FD")
	case markSanction:
		d.f.Polygon(points(x, y-r*1.1, x+r, y, x, y+r*1.1, x-r, y), "FD")
	case markLeave:
		d.f.Rect(x-r*0.8, y-r*0.8, r*1.6, r*1.6, "FD")
	case markDeath:
		d.setDrawColor(m.color())
		d.f.SetLineWidth(r * 0.45)
		d.f.Line(x-r*0.8, y-r*0.8, x+r*0.8, y+r*0.8)
		d.f.Line(x-r*0.8, y+r*0.8, x+r*0.8, y-r*0.8)
	default:
		d.f.Circle(x, y, r*0.85, "FD")
	}
}

// legend explains the markers in use and the kinds of bar, flowing across the column.
func (d *document) legend(tl *timelineData) {
	sc := d.look.scale
	sp := d.use(styleAxis)
	type key struct {
		label string
		draw  func(x, mid float64) float64 // draws the sample and returns its width
	}
	h := 2.2 * sc
	bar := func(c int) func(x, mid float64) float64 {
		return func(x, mid float64) float64 {
			d.setFillColor(c)
			d.f.Rect(x, mid-h/2, 6*sc, h, "F")
			return 6 * sc
		}
	}
	keys := []key{{"Held", bar(d.look.accent)}}
	if tl.fuzzy {
		keys = append(keys, key{"Approximate date", bar(mix(d.look.accent, 0.6))})
	}
	if tl.open {
		keys = append(keys, key{"End not stated", func(x, mid float64) float64 {
			w := 6 * sc
			for i := range 6 {
				d.setFillColor(mix(d.look.accent, 0.1+0.8*(float64(i)+0.5)/6))
				d.f.Rect(x+float64(i)*w/6, mid-h/2, w/6+0.02, h, "F")
			}
			return w
		}})
	}
	for m := range markerCount {
		if tl.used[m] {
			keys = append(keys, key{m.label(), func(x, mid float64) float64 {
				d.drawMarker(x+tlMarker*sc, mid, tlMarker*sc, m)
				return 2 * tlMarker * sc
			}})
		}
	}
	d.ensure(sp.leading)
	x, y := marginLeft, d.f.GetY()
	for _, k := range keys {
		d.use(styleAxis)
		w := d.width(k.label)
		if x > marginLeft && x+8*sc+w > marginLeft+d.contentW {
			x, y = marginLeft, y+sp.leading+0.6
		}
		mid := y + sp.leading/2
		sw := k.draw(x, mid)
		d.use(styleAxis)
		d.text(x+sw+1.2, y, w, k.label, sp, "L", "")
		x += sw + 1.2 + w + 4*sc
	}
	d.f.SetXY(marginLeft, y+sp.leading)
}

// points pairs coordinates into a polygon's points: x0, y0, x1, y1…
func points(xy ...float64) []fpdf.PointType {
	ps := make([]fpdf.PointType, len(xy)/2)
	for i := range ps {
		ps[i] = fpdf.PointType{X: xy[2*i], Y: xy[2*i+1]}
	}
	return ps
}
