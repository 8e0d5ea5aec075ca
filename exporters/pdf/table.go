package pdf

// column is one column of a table: its heading and width in millimetres.
type column struct {
	title string
	width float64
}

// cell is the cleaned text of one table cell and its style.
type cell struct {
	text  string
	style textStyle
	refs  []int // the evidence numbers of a cell of reference marks
}

// table describes how a table looks: a data table has a header row, repeated on every page it
// reaches, and striped rows; a box (the key facts) has neither, but a tinted background and an
// accent bar down its left edge.
type table struct {
	columns []column
	box     bool
}

// rowLayout is a row measured before it is drawn: each cell's wrapped lines and the row's height.
type rowLayout struct {
	cells  []cell
	lines  [][]string
	height float64
}

// header returns the header row as cells, or nil for a box.
func (t table) header() []cell {
	if t.box {
		return nil
	}
	cells := make([]cell, len(t.columns))
	for i, c := range t.columns {
		cells[i] = cell{text: c.title, style: styleTableHeader}
	}
	return cells
}

// measureRow wraps every cell in its column. A row taller than an empty page would never fit, so
// its cells are cut to the lines that do, the last one ending with "…".
func (d *document) measureRow(t table, cells []cell, headerHeight float64) rowLayout {
	cells = cells[:min(len(cells), len(t.columns))]
	r := rowLayout{cells: cells, lines: make([][]string, len(cells))}
	maxHeight := d.pageH - marginTop - marginBottom - headerHeight
	n := 0
	for i, c := range cells {
		lines := d.wrapIn(c.text, c.style, t.columns[i].width-2*cellPadX)
		lead := d.spec(c.style).leading
		r.lines[i] = truncate(lines, int((maxHeight-2*cellPadY)/lead))
		n = max(n, len(r.lines[i]))
		r.height = max(r.height, float64(len(r.lines[i]))*lead+2*cellPadY)
	}
	if n == 0 {
		r.height = d.spec(styleTable).leading + 2*cellPadY
	}
	return r
}

// tableStart is the height of a table's header and first row, which must share a page with the
// heading above them.
func (d *document) tableStart(t table, rows [][]cell) float64 {
	h := 0.0
	if head := t.header(); head != nil {
		h = d.measureRow(t, head, 0).height
	}
	if len(rows) > 0 {
		h += d.measureRow(t, rows[0], h).height
	}
	return h
}

// drawTable sets a table. A row never splits across pages: when it does not fit, the table
// continues on the next page under a repeated header row.
func (d *document) drawTable(t table, rows [][]cell) {
	var head rowLayout
	if cells := t.header(); cells != nil {
		head = d.measureRow(t, cells, 0)
	}
	first := true
	for i, cells := range rows {
		r := d.measureRow(t, cells, head.height)
		need := r.height
		if first {
			need += head.height
		}
		if d.ensure(need) {
			first = true
		}
		if first && head.cells != nil {
			d.drawRow(t, head, colorHeaderFill)
		}
		first = false
		d.drawRow(t, r, t.rowFill(i))
	}
	if !t.box && len(rows) > 0 {
		d.rule(d.f.GetY(), colorRule, 0.3)
	}
	d.advance(tableGapAfter)
}

// rowFill is the background of the i-th row, or -1 for none.
func (t table) rowFill(i int) int {
	switch {
	case t.box:
		return colorFactsFill
	case i%2 == 1:
		return colorStripe
	}
	return -1
}

// drawRow sets a measured row at the current position and moves below it.
func (d *document) drawRow(t table, r rowLayout, fill int) {
	y := d.f.GetY()
	if fill >= 0 {
		d.setFillColor(fill)
		d.f.Rect(marginLeft, y, t.width(), r.height, "F")
	}
	if t.box {
		d.setFillColor(d.look.accent)
		d.f.Rect(marginLeft, y, 0.8, r.height, "F")
	}
	x := marginLeft
	for i, lines := range r.lines {
		sp := d.use(r.cells[i].style)
		w := t.columns[i].width - 2*cellPadX
		for k, l := range lines {
			ly := y + cellPadY + float64(k)*sp.leading
			if r.cells[i].refs != nil {
				d.drawMarks(x+cellPadX, ly, y, l, sp)
				continue
			}
			d.text(x+cellPadX, ly, w, l, sp, "L", "")
		}
		x += t.columns[i].width
	}
	d.f.SetXY(marginLeft, y+r.height)
}

func (t table) width() float64 {
	w := 0.0
	for _, c := range t.columns {
		w += c.width
	}
	return w
}
