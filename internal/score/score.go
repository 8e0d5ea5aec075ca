package score

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vita-project/vita/model"
)

// Counts are the tallies of one kind of fact: true positives (found and right), false positives
// (predicted but wrong or not in the gold) and false negatives (in the gold but not found).
type Counts struct{ TP, FP, FN int }

// Add adds o's tallies to c's.
func (c *Counts) Add(o Counts) { c.TP, c.FP, c.FN = c.TP+o.TP, c.FP+o.FP, c.FN+o.FN }

// Precision is TP/(TP+FP), and 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), and 0 when the gold holds nothing.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, and 0 when both are 0.
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Outcome is how one scalar fact compares with the gold.
type Outcome int

// The outcomes of a scalar. A Wrong value counts as a false positive and a false negative.
const (
	NotScored Outcome = iota // absent from both
	Correct                  // present in both and the same
	Wrong                    // present in both and different
	Missed                   // in the gold only
	Spurious                 // in the prediction only
)

func (o Outcome) String() string {
	switch o {
	case Correct:
		return "ok"
	case Wrong:
		return "wrong"
	case Missed:
		return "missed"
	case Spurious:
		return "spurious"
	}
	return "not scored"
}

// ScalarResult is the outcome of one scalar field, with both values as text.
type ScalarResult struct {
	Field           string // the gold file's key: "birth_date"
	Gold, Predicted string
	Outcome         Outcome
}

// Prediction is a predicted position as the scorer reads it: its organisation written out.
type Prediction struct {
	Index        int    // in Biography.Positions
	Role         string // the position's role
	Organization string // the organisation's name, its parent's name and its acronym: "National Executive Committee, Labour Party, NEC"
	Qualifier    string
	Start, End   model.Date
}

// PositionPair is a gold position matched with a predicted one.
type PositionPair struct {
	Gold           GoldPosition
	Predicted      Prediction
	RoleSimilarity float64 // token F1 of the roles
	OrgSimilarity  float64 // token F1 of the organisations; 1 when the gold names none
	StartOK, EndOK bool
}

// PositionResult compares the positions: pairs, then what is left on each side.
type PositionResult struct {
	Counts                    // TP = len(Pairs), FP = len(Spurious), FN = len(Missed)
	Pairs      []PositionPair // in gold order
	Missed     []GoldPosition
	Spurious   []Prediction
	StartOK    int // matched pairs whose start is right
	EndOK      int // matched pairs whose end is right
	DateCounts Counts
}

// KeyKinds are the event kinds whose recall is reported on its own: the turns of a public career.
var KeyKinds = []model.EventKind{model.Suspended, model.Expelled, model.Elected, model.Appointed,
	model.Resigned, model.Died}

// KindRecall counts the gold events of one kind and how many of them were found.
type KindRecall struct {
	Kind        model.EventKind
	Gold, Found int
}

// EventPair is a gold event matched with a predicted one.
type EventPair struct {
	Gold      GoldEvent
	Predicted model.Event
}

// EventResult compares the events.
type EventResult struct {
	Counts
	Key      []KindRecall // one per KeyKinds, in that order
	Pairs    []EventPair  // in gold order
	Missed   []GoldEvent
	Spurious []model.Event
}

// EvidenceResult checks that every extracted fact shows the sentence that states it, and that the
// sentence is the article's.
type EvidenceResult struct {
	Facts      int      // positions, events, birth and death in the prediction
	NoEvidence []string // the facts without an evidence sentence, described
	Sentences  int      // evidence sentences given
	NotInText  []string // the evidence sentences the article does not contain
}

// Result is how one extracted biography compares with its gold.
type Result struct {
	Article     string // the gold's ID
	Err         error  // why the article could not be read; the prediction is then empty
	Scalars     []ScalarResult
	Occupations Counts
	Positions   PositionResult
	Events      EventResult
	Evidence    EvidenceResult
}

// Score compares a biography with its gold.
//
// Scalars (full name, birth and death date and place, nationality) must be equal after
// normalisation, dates at the gold's precision (SameDate) and places by SamePlace; a full name equal
// to the name counts as no full name. Occupations are compared as sets of normalised words.
// Positions are paired by MatchPositions, events by MatchEvents. Evidence sentences are looked for
// in b.Sections, the article as the importer read it, with runs of white space taken as one space.
func Score(g *Gold, b *model.Biography) Result {
	r := Result{Article: g.ID}
	if r.Article == "" {
		r.Article = g.Name
	}
	r.Scalars = scoreScalars(g, b)
	r.Occupations = scoreOccupations(g.Occupations, b.Occupations)
	r.Positions = MatchPositions(g.Positions, b)
	r.Events = MatchEvents(g.Events, b)
	r.Evidence = checkEvidence(b)
	return r
}

func scoreScalars(g *Gold, b *model.Biography) []ScalarResult {
	var born, died model.Vital
	if b.Born != nil {
		born = *b.Born
	}
	if b.Died != nil {
		died = *b.Died
	}
	fullName := b.FullName
	if normalize(fullName) == normalize(b.Name) {
		fullName = ""
	}
	fields := []struct {
		name       string
		gold, pred string
		same       bool
	}{
		{"full_name", g.FullName, fullName, normalize(g.FullName) == normalize(fullName)},
		{"birth_date", g.BirthDate.String(), born.Date.String(), SameDate(g.BirthDate, born.Date)},
		{"birth_place", g.BirthPlace, born.Place, SamePlace(g.BirthPlace, born.Place)},
		{"death_date", g.DeathDate.String(), died.Date.String(), SameDate(g.DeathDate, died.Date)},
		{"death_place", g.DeathPlace, died.Place, SamePlace(g.DeathPlace, died.Place)},
		{"nationality", g.Nationality, strings.Join(b.Nationality, ", "), SameNationality(g.Nationality, b.Nationality)},
	}
	var out []ScalarResult
	for _, f := range fields {
		gold, pred := strings.TrimSpace(f.gold), strings.TrimSpace(f.pred)
		s := ScalarResult{Field: f.name, Gold: gold, Predicted: pred}
		switch {
		case gold == "" && pred == "":
			s.Outcome = NotScored
		case pred == "":
			s.Outcome = Missed
		case gold == "":
			s.Outcome = Spurious
		case f.same:
			s.Outcome = Correct
		default:
			s.Outcome = Wrong
		}
		out = append(out, s)
	}
	return out
}

// scalarCounts turns outcomes into tallies: a wrong value is both a false positive and a miss.
func scalarCounts(ss []ScalarResult) (c Counts, scored int) {
	for _, s := range ss {
		switch s.Outcome {
		case Correct:
			c.TP++
		case Wrong:
			c.FP++
			c.FN++
		case Missed:
			c.FN++
		case Spurious:
			c.FP++
		}
		if s.Outcome != NotScored {
			scored++
		}
	}
	return c, scored
}

func scoreOccupations(gold, pred []string) Counts {
	g, p := map[string]bool{}, map[string]bool{}
	for _, o := range gold {
		g[normalize(o)] = true
	}
	for _, o := range pred {
		p[normalize(o)] = true
	}
	var c Counts
	for o := range p {
		if g[o] {
			c.TP++
		} else {
			c.FP++
		}
	}
	c.FN = len(g) - c.TP
	return c
}

// MatchPositions pairs gold and predicted positions.
//
// A pair is a candidate when its roles have a Similarity of at least 0.5, and so do its
// organisations unless the gold names none. A prediction's organisation is its organisation's name,
// its parent's name (PartOf) and its acronym. Because the gold folds a district or a body into the
// role at times ("Member of the U.S. House of Representatives from Illinois's 7th district") and the
// model keeps them apart, the predicted role is also tried with its qualifier and its organisation
// appended, and the predicted organisation with its qualifier; the best of these counts.
//
// The pairing is greedy, not an optimal assignment: candidates are taken in order of the mean of
// the two similarities (the role's alone when the gold names no organisation), then of how many of
// their start and end dates agree (so two spells in one body pair by their dates), then in gold and
// prediction order; a candidate is taken when neither of its positions is taken yet.
//
// On each pair the start and the end are right when SameDate holds: a date the gold leaves out
// must be left out by the prediction too.
func MatchPositions(gold []GoldPosition, b *model.Biography) PositionResult {
	preds := predictions(b)
	type candidate struct {
		g, p      int
		role, org float64
		score     float64
		dates     int
	}
	var cands []candidate
	for gi, gp := range gold {
		for pi, pp := range preds {
			withOrg := pp.Role + " " + pp.Organization
			role := max(Similarity(gp.Role, pp.Role), Similarity(gp.Role, pp.Role+" "+pp.Qualifier),
				Similarity(gp.Role, withOrg), Similarity(gp.Role, withOrg+" "+pp.Qualifier))
			if role < 0.5 {
				continue
			}
			org, score := 1.0, role
			if strings.TrimSpace(gp.Organization) != "" {
				org = max(Similarity(gp.Organization, pp.Organization),
					Similarity(gp.Organization, pp.Organization+" "+pp.Qualifier))
				if org < 0.5 {
					continue
				}
				score = (role + org) / 2
			}
			dates := 0
			if SameDate(gp.Start, pp.Start) {
				dates++
			}
			if SameDate(gp.End, pp.End) {
				dates++
			}
			cands = append(cands, candidate{gi, pi, role, org, score, dates})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.dates != b.dates {
			return a.dates > b.dates
		}
		if a.g != b.g {
			return a.g < b.g
		}
		return a.p < b.p
	})
	goldTaken, predTaken := make([]int, len(gold)), make([]bool, len(preds))
	for i := range goldTaken {
		goldTaken[i] = -1
	}
	var r PositionResult
	pairOf := map[int]PositionPair{}
	for _, c := range cands {
		if goldTaken[c.g] >= 0 || predTaken[c.p] {
			continue
		}
		goldTaken[c.g], predTaken[c.p] = c.p, true
		gp, pp := gold[c.g], preds[c.p]
		pairOf[c.g] = PositionPair{Gold: gp, Predicted: pp, RoleSimilarity: c.role, OrgSimilarity: c.org,
			StartOK: SameDate(gp.Start, pp.Start), EndOK: SameDate(gp.End, pp.End)}
	}
	for gi, gp := range gold {
		pair, ok := pairOf[gi]
		if !ok {
			r.Missed = append(r.Missed, gp)
			continue
		}
		r.Pairs = append(r.Pairs, pair)
		for _, d := range []struct {
			gold, pred model.Date
			ok         bool
		}{{gp.Start, pair.Predicted.Start, pair.StartOK}, {gp.End, pair.Predicted.End, pair.EndOK}} {
			switch {
			case d.ok && !d.gold.IsZero():
				r.DateCounts.TP++
			case d.ok:
			default:
				if !d.pred.IsZero() {
					r.DateCounts.FP++
				}
				if !d.gold.IsZero() {
					r.DateCounts.FN++
				}
			}
		}
		if pair.StartOK {
			r.StartOK++
		}
		if pair.EndOK {
			r.EndOK++
		}
	}
	for pi, pp := range preds {
		if !predTaken[pi] {
			r.Spurious = append(r.Spurious, pp)
		}
	}
	r.Counts = Counts{TP: len(r.Pairs), FP: len(r.Spurious), FN: len(r.Missed)}
	return r
}

// predictions reads the biography's positions with their organisations written out.
func predictions(b *model.Biography) []Prediction {
	var out []Prediction
	for i, p := range b.Positions {
		out = append(out, Prediction{Index: i, Role: p.Role, Organization: organizationText(b, p.Organization),
			Qualifier: p.Qualifier, Start: p.Start, End: p.End})
	}
	return out
}

// organizationText is an organisation's name, its parent's name and its acronym; an ID that names
// no organisation stands for itself.
func organizationText(b *model.Biography, id string) string {
	if id == "" {
		return ""
	}
	o := b.Organization(id)
	if o == nil {
		return id
	}
	parts := []string{o.Name}
	if o.PartOf != "" {
		parts = append(parts, b.OrganizationName(o.PartOf))
	}
	if o.Acronym != "" {
		parts = append(parts, o.Acronym)
	}
	return strings.Join(parts, ", ")
}

// MatchEvents pairs gold and predicted events on their kind and year: an event the gold dates to
// 1998-05 pairs with a predicted one of the same kind in 1998, and an undated gold event with an
// undated prediction of its kind (a decade pairs only with the same decade). Among events with the
// same key the pairing is greedy by the Similarity of their texts, then in order.
//
// The biography's birth is scored as a scalar, not an event, so born events are left out on the
// predicted side (the gold lists none). A death is both: the model keeps it in Died, so when the
// prediction has no died event, its dated Died stands in for one.
func MatchEvents(gold []GoldEvent, b *model.Biography) EventResult {
	var preds []model.Event
	hasDied := false
	for _, e := range b.Events {
		switch e.Kind {
		case model.Born:
			continue
		case model.Died:
			hasDied = true
		}
		preds = append(preds, e)
	}
	if !hasDied && b.Died != nil && !b.Died.Date.IsZero() {
		preds = append(preds, model.Event{Date: b.Died.Date, Kind: model.Died, Text: "(the biography's died)",
			Evidence: b.Died.Evidence})
	}
	type candidate struct {
		g, p int
		sim  float64
	}
	var cands []candidate
	for gi, ge := range gold {
		for pi, pe := range preds {
			if ge.Kind == pe.Kind && yearKey(ge.Date) == yearKey(pe.Date) {
				cands = append(cands, candidate{gi, pi, Similarity(ge.Text, pe.Text)})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.sim != b.sim {
			return a.sim > b.sim
		}
		if a.g != b.g {
			return a.g < b.g
		}
		return a.p < b.p
	})
	goldPair, predTaken := map[int]int{}, make([]bool, len(preds))
	for _, c := range cands {
		if _, done := goldPair[c.g]; done || predTaken[c.p] {
			continue
		}
		goldPair[c.g], predTaken[c.p] = c.p, true
	}
	var r EventResult
	for _, k := range KeyKinds {
		r.Key = append(r.Key, KindRecall{Kind: k})
	}
	for gi, ge := range gold {
		pi, ok := goldPair[gi]
		if ok {
			r.Pairs = append(r.Pairs, EventPair{Gold: ge, Predicted: preds[pi]})
		} else {
			r.Missed = append(r.Missed, ge)
		}
		for i := range r.Key {
			if r.Key[i].Kind == ge.Kind {
				r.Key[i].Gold++
				if ok {
					r.Key[i].Found++
				}
			}
		}
	}
	for pi, pe := range preds {
		if !predTaken[pi] {
			r.Spurious = append(r.Spurious, pe)
		}
	}
	r.Counts = Counts{TP: len(r.Pairs), FP: len(r.Spurious), FN: len(r.Missed)}
	return r
}

// yearKey is the year an event is matched on: "1998" for any date in 1998, "197X" for a decade,
// "" for none.
func yearKey(d model.Date) string {
	if d.Precision >= model.PrecisionYear {
		return fmt.Sprintf("%04d", d.Year)
	}
	return bare(d)
}

// checkEvidence counts the facts without a sentence, and the sentences the article does not hold.
func checkEvidence(b *model.Biography) EvidenceResult {
	var paras []string
	for _, s := range b.Sections {
		for _, p := range s.Paragraphs {
			paras = append(paras, collapse(p))
		}
	}
	article := strings.Join(paras, "\n")
	var r EvidenceResult
	check := func(fact string, ev []model.Evidence) {
		r.Facts++
		given := 0
		for _, e := range ev {
			s := collapse(e.Sentence)
			if s == "" {
				continue
			}
			given++
			r.Sentences++
			if e.Section == "infobox" {
				continue // an infobox field, named as "infobox: FIELD = VALUE", is not prose
			}
			if !strings.Contains(article, s) {
				r.NotInText = append(r.NotInText, fmt.Sprintf("%s: %q", fact, e.Sentence))
			}
		}
		if given == 0 {
			r.NoEvidence = append(r.NoEvidence, fact)
		}
	}
	if b.Born != nil {
		check("born", b.Born.Evidence)
	}
	if b.Died != nil {
		check("died", b.Died.Evidence)
	}
	for i, p := range b.Positions {
		check(fmt.Sprintf("positions[%d] %s", i, describePrediction(Prediction{Role: p.Role,
			Organization: b.OrganizationName(p.Organization), Start: p.Start, End: p.End})), p.Evidence)
	}
	for i, e := range b.Events {
		check(fmt.Sprintf("events[%d] %s", i, describeEvent(e.Date, e.Kind, e.Text)), e.Evidence)
	}
	return r
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// Figures are the tallies of one result, or the sum of several (micro-averaged: the tallies are
// added, and the ratios taken from the sums).
type Figures struct {
	Articles       int
	Failed         int    // articles the importer could not read
	Scalars        Counts // a wrong value is one FP and one FN
	ScalarsScored  int    // scalar fields present in the gold, the prediction or both
	Occupations    Counts
	Positions      Counts
	StartOK, EndOK int    // on matched positions
	PositionDates  Counts // starts and ends on matched positions: TP a stated date right
	Events         Counts
	Key            []KindRecall // one per KeyKinds
	Facts          int
	NoEvidence     int
	Sentences      int
	NotInText      int
}

// Figures returns the result's tallies.
func (r *Result) Figures() Figures {
	f := Figures{Articles: 1, Occupations: r.Occupations, Positions: r.Positions.Counts,
		StartOK: r.Positions.StartOK, EndOK: r.Positions.EndOK, PositionDates: r.Positions.DateCounts,
		Events: r.Events.Counts, Facts: r.Evidence.Facts, NoEvidence: len(r.Evidence.NoEvidence),
		Sentences: r.Evidence.Sentences, NotInText: len(r.Evidence.NotInText)}
	if r.Err != nil {
		f.Failed = 1
	}
	f.Scalars, f.ScalarsScored = scalarCounts(r.Scalars)
	f.Key = append([]KindRecall(nil), r.Events.Key...)
	return f
}

// Add adds o's tallies to f's.
func (f *Figures) Add(o Figures) {
	f.Articles += o.Articles
	f.Failed += o.Failed
	f.Scalars.Add(o.Scalars)
	f.ScalarsScored += o.ScalarsScored
	f.Occupations.Add(o.Occupations)
	f.Positions.Add(o.Positions)
	f.StartOK += o.StartOK
	f.EndOK += o.EndOK
	f.PositionDates.Add(o.PositionDates)
	f.Events.Add(o.Events)
	for _, k := range o.Key {
		found := false
		for i := range f.Key {
			if f.Key[i].Kind == k.Kind {
				f.Key[i].Gold += k.Gold
				f.Key[i].Found += k.Found
				found = true
			}
		}
		if !found {
			f.Key = append(f.Key, k)
		}
	}
	f.Facts += o.Facts
	f.NoEvidence += o.NoEvidence
	f.Sentences += o.Sentences
	f.NotInText += o.NotInText
}

// KeyRecall is the recall over the gold events of the KeyKinds, all together.
func (f Figures) KeyRecall() float64 {
	gold, found := f.keyTotals()
	return ratio(found, gold)
}

func (f Figures) keyTotals() (gold, found int) {
	for _, k := range f.Key {
		gold += k.Gold
		found += k.Found
	}
	return gold, found
}

// ScalarAccuracy is the share of scored scalar fields that are right.
func (f Figures) ScalarAccuracy() float64 { return ratio(f.Scalars.TP, f.ScalarsScored) }

// Total sums the figures of every result.
func Total(results []Result) Figures {
	var f Figures
	for i := range results {
		f.Add(results[i].Figures())
	}
	return f
}
