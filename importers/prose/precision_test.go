package prose_test

import (
	"reflect"
	"strings"
	"testing"
)

// precisionCase is a made-up biography and every position and event the extraction must read from
// it: what must still be found, and nothing that is not the person's.
type precisionCase struct {
	name           string
	paragraphs     []string
	positions      []string // as positions() writes them
	events         []string // as events() writes them
	wantEventTexts []string // when set, the events' texts
}

func runPrecision(t *testing.T, tests []precisionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := strings.Fields(tt.paragraphs[0])
			b := article(f[0]+" "+f[1], tt.paragraphs...)
			var evs, texts []string
			for k, e := range events(b) {
				if strings.HasPrefix(e, "died ") && b.Events[k].Text == "Died" {
					continue // the life dates' death
				}
				evs = append(evs, e)
				texts = append(texts, b.Events[k].Text)
			}
			if got := positions(b); !reflect.DeepEqual(got, tt.positions) {
				t.Errorf("positions\n got %q\nwant %q", got, tt.positions)
			}
			if !reflect.DeepEqual(evs, tt.events) {
				t.Errorf("events\n got %q\nwant %q", evs, tt.events)
			}
			if tt.wantEventTexts != nil && !reflect.DeepEqual(texts, tt.wantEventTexts) {
				t.Errorf("event texts\n got %q\nwant %q", texts, tt.wantEventTexts)
			}
		})
	}
}

// TestNameAfterDescription covers bodies named after a phrase that says what kind of body they are:
// the name is the body, not the description.
func TestNameAfterDescription(t *testing.T) {
	runPrecision(t, []precisionCase{
		{"a place-based band",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1969 he joined the Leeds-based band Red Kites, later renamed Kestrel."},
			[]string{"member | Red Kites | 1969–"}, []string{"joined 1969 Red Kites"}, nil},
		{"demonym and kind before the name",
			[]string{"Ann Lee (born 1990) is a Danish singer.", "She is a member of the Danish girl group Sunhill under Polar Records."},
			[]string{"member | Sunhill | –"}, nil, nil},
		{"a compound modifier",
			[]string{"Ann Lee (born 1990) is a Danish dancer.", "In 2004 she joined the twelve-member dance crew Fast Feet."},
			[]string{"member | Fast Feet | 2004–"}, []string{"joined 2004 Fast Feet"}, nil},
		{"the kind noun refers back to the body",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1969 he joined the rock band Red Kites. He left the band in 1972."},
			[]string{"member | Red Kites | 1969–1972"}, []string{"joined 1969 Red Kites", "left 1972 Red Kites"}, nil},
		{"a kind noun before a name does not refer back",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1965 he joined the band Blue Jays. In 1969 he joined the band Red Kites."},
			[]string{"member | Blue Jays | 1965–", "member | Red Kites | 1969–"}, []string{"joined 1965 Blue Jays", "joined 1969 Red Kites"}, nil},
		{"a name listed with commas; a firm has no members",
			[]string{"Jo Cole (1930–2000) was an American lawyer.", "Cole joined the Boston-based law firm Hart, Dunn, and Webb in 1970."},
			nil, []string{"joined 1970 Hart, Dunn, and Webb"},
			[]string{"Joined the Boston-based law firm Hart, Dunn, and Webb in 1970"}},
		{"a name with its own head",
			[]string{"Ann Lee (born 1990) is a Danish singer.", "In 2010 she signed with the record label Polar Records and joined the pop group Sunhill."},
			[]string{"member | Sunhill | 2010–"}, []string{"joined 2010 Sunhill"}, nil},
		{"a body named the usual way still counts",
			[]string{"Tom Hale (1940–2001) was an English politician.", "Hale joined the Labour Party in 1960. He was elected to the Leeds city council in 1970."},
			[]string{"member | Labour Party | 1960–", "member | Leeds city council | 1970–"},
			[]string{"joined 1960 Labour Party", "elected 1970 Leeds city council"}, nil},
		{"a body of the one before is no name after a kind noun", // the party's conference, not a body called "Conference"
			[]string{"Tom Hale (1940–2001) was an English politician.", "Hale joined the Labour Party in 1960. In 1970 he chaired the party Conference."},
			[]string{"member | Labour Party | 1960–", "chair | Labour Party | 1970–"}, []string{"joined 1960 Labour Party"}, nil},
		{"a clause after the kind noun names no body",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1969 he joined the band Sam Reed had founded with friends."},
			nil, []string{"joined 1969 "}, nil},
		{"the person's own name is no body's",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1963 he joined the group Tom Hale and the Kites."},
			nil, []string{"joined 1963 "}, nil},
	})
}

// TestSomeoneOfThePerson covers subjects that are someone of the person's, not the person: a
// possessive ("Lee's mother", "her husband") or the family name used as a modifier.
func TestSomeoneOfThePerson(t *testing.T) {
	runPrecision(t, []precisionCase{
		{"a relative after the person's name",
			[]string{"Ann Lee (born 1950) is a Welsh politician.", "Lee's mother, a teacher, was elected to the Town Council in 1970. Lee was elected to the Town Council in 1995."},
			[]string{"member | Town Council | 1995–"}, []string{"elected 1995 Town Council"}, nil},
		{"a relative after a possessive pronoun, in a later clause",
			[]string{"Ann Lee (born 1950) is a Welsh politician.", "Lee moved to Leeds in 1960, and her husband, a doctor, was appointed to the Water Board in 1962."},
			nil, []string{"moved 1960 "}, nil},
		{"the family name as a modifier",
			[]string{"Ann Lee (born 1950) is a Welsh politician.", "The Lee family, then in Wales, joined the Green Party in 1950. Lee joined the Green Party in 1975."},
			[]string{"member | Green Party | 1975–"}, []string{"joined 1975 Green Party"}, nil},
		{"what the person owns is still the person's",
			[]string{"Ann Lee (born 1950) is a Welsh politician.", "Lee's second campaign in 1990 was successful. She was elected to the Town Council."},
			[]string{"member | Town Council | –"}, []string{"elected 1990 Town Council"}, nil},
	})
}

// TestNamedIsCalled covers "named": an appointment when a role or a body follows, what someone is
// called when a name does.
func TestNamedIsCalled(t *testing.T) {
	runPrecision(t, []precisionCase{
		{"named after someone",
			[]string{"Ann Lee (born 1950) is a Welsh politician.", "She was named Mary after her grandmother. In 1990 she was named chairman of the Harbour Board."},
			[]string{"chairman | Harbour Board | 1990–"}, []string{"appointed 1990 Harbour Board"}, nil},
		{"a relative who is named",
			[]string{"Ann Lee (born 1950) is a Welsh politician.", "Her mother is named Mary Brook. She was named to the Water Board in 1985."},
			[]string{"member | Water Board | 1985–"}, []string{"appointed 1985 Water Board"}, nil},
		{"a name alone",
			[]string{"Ann Lee (born 1950) is a Welsh singer.", "She was named Ann Mary Lee at birth."},
			nil, nil, nil},
		{"a role of the party's",
			[]string{"Ann Lee (born 1950) is a Welsh politician.", "In 1992 she was named the party's candidate for Cardiff."},
			nil, []string{"appointed 1992 "}, nil},
	})
}

// TestPromotedNeedsAPassive covers "promoted": a promotion in the passive or to a rank, not one who
// publicised something.
func TestPromotedNeedsAPassive(t *testing.T) {
	runPrecision(t, []precisionCase{
		{"active, with a possessive object",
			[]string{"Ann Lee (born 1920) was an American writer.", "In 1965 she developed and promoted her method of teaching through lectures."},
			nil, nil, nil},
		{"a perfect is active",
			[]string{"Ann Lee (born 1920) was an American writer.", "Lee has promoted the cause of free libraries since 1990."},
			nil, nil, nil},
		{"an adverb is no auxiliary",
			[]string{"Ann Lee (born 1920) was an American writer.", "In 1965 Lee also promoted the new method in lectures."},
			nil, nil, nil},
		{"a perfect of another verb is active too",
			[]string{"Ann Lee (born 1920) was an American mayor.", "In 1990 Lee had appointed Sam Reed to the Harbour Board."},
			nil, nil, nil},
		{"a passive",
			[]string{"Tom Hale (1830–1890) was an American soldier.", "He was promoted to captain in 1862, and was later promoted to colonel in 1864."},
			[]string{"captain |  | 1862–", "colonel |  | 1864–"}, []string{"appointed 1862 ", "appointed 1864 "}, nil},
		{"a promotion that opens the sentence",
			[]string{"Tom Hale (1830–1890) was an American soldier.", "Promoted to major in 1863, Hale led a regiment."},
			[]string{"major |  | 1863–"}, []string{"appointed 1863 "}, nil},
		{"a promotion to a rank",
			[]string{"Tom Hale (1830–1890) was an American soldier.", "Hale, promoted to major in 1863, led a regiment."},
			[]string{"major |  | 1863–"}, []string{"appointed 1863 "}, nil},
		{"the person as the object",
			[]string{"Tom Hale (1930–1990) was an American engineer.", "Hale joined the Harbour Board in 1960. The board promoted him to chief engineer in 1975."},
			[]string{"member | Harbour Board | 1960–"},
			[]string{"joined 1960 Harbour Board", "appointed 1975 Harbour Board"}, nil},
		{"the person as the object, her",
			[]string{"Ann Lee (born 1930) is an American engineer.", "The council appointed her to the Harbour Board in 1975, and expelled her in 1980."},
			[]string{"member | Harbour Board | 1975–1980"}, []string{"appointed 1975 Harbour Board", "expelled 1980 "}, nil},
	})
}

// TestJoinedPeople covers "joined" with people as its object: relatives after a possessive, and a
// role or a title before a personal name. Joining a body still counts.
func TestJoinedPeople(t *testing.T) {
	runPrecision(t, []precisionCase{
		{"relatives after a possessive",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1963 he moved back to Leeds where he joined his parents at their flat."},
			nil, nil, nil},
		{"musicians by their instrument",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1970 Hale joined guitarist Sam Reed and drummer Joe Park, who had played in a band."},
			nil, nil, nil},
		{"a colleague before a name",
			[]string{"Ann Lee (born 1990) is a Danish singer.", "In 2020 Lee joined labelmate Sam Reed as a model for a clothing range."},
			nil, nil, nil},
		{"a pronoun",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1970 he joined her in Paris."},
			nil, nil, nil},
		{"joining forces",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1975 he joined forces with the producer Sam Reed."},
			nil, nil, nil},
		{"a band by its name, a party, a firm of a relative's",
			[]string{"Tom Hale (1940–2001) was an English singer.", "In 1970 Hale joined Red Kites. He joined the Labour Party in 1972. In 1980 he joined his father's firm."},
			[]string{"member | Labour Party | 1972–"}, []string{"joined 1970 ", "joined 1972 Labour Party", "joined 1980 "}, nil},
		{"a body after a modifier like a title",
			[]string{"Tom Hale (1940–2001) was an English politician.", "In 1970 Hale joined the socialist Reform Party."},
			[]string{"member | Reform Party | 1970–"}, []string{"joined 1970 Reform Party"}, nil},
	})
}

// TestSubjectBeforeTheVerb covers cue verbs whose own subject, right before them, is not the person:
// a pronoun of something else or a noun phrase, inside a clause whose subject is the person.
func TestSubjectBeforeTheVerb(t *testing.T) {
	runPrecision(t, []precisionCase{
		{"a pronoun of things",
			[]string{"Tom Hale (1900–1980) was an English physicist.", "He showed that the rays were bent as they left the lens and the image formed behind it."},
			nil, nil, nil},
		{"a noun phrase in a that-clause",
			[]string{"Tom Hale (1900–1980) was an English judge.", "Hale upheld the rule that the writ was suspended in wartime."},
			nil, nil, nil},
		{"a noun phrase before a body's verb",
			[]string{"Tom Hale (1900–1980) was an English trade unionist.", "Hale noted that the miners joined the Dyers Union in 1950."},
			nil, nil, nil},
		{"a relative's death",
			[]string{"Ann Lee (1950–2010) was a Welsh politician.", "She married Tom Reed in 1970 and her husband died in 1990."},
			nil, []string{"married 1970 "}, nil},
		{"the person as the object",
			[]string{"Tom Hale (1940–2001) was an English politician.", "He was elected to the Leeds city council in 1990 and the party expelled him in 1995."},
			[]string{"member | Leeds city council | 1990–1995"}, []string{"elected 1990 Leeds city council", "expelled 1995 "}, nil},
		{"a relative clause about the person",
			[]string{"Tom Hale (1940–2001) was an English politician.", "Hale, who was elected to the Leeds city council in 1990, retired in 2000."},
			[]string{"member | Leeds city council | 1990–2000"}, []string{"elected 1990 Leeds city council", "retired 2000 "}, nil},
		{"a relative clause on a description of the person",
			[]string{"Tom Hale (born 1940) is an English activist who was a member of the Labour Party's National Executive Committee."},
			[]string{"member | Labour Party / National Executive Committee | –"}, nil, nil},
		{"a relative clause about a relative",
			[]string{"Tom Hale (1940–2001) was an English politician.", "In 1990 Hale visited his father, who was appointed to the Harbour Board in 1992."},
			nil, nil, nil},
		{"a relative clause about someone else",
			[]string{"Tom Hale (1940–2001) was an English politician.", "In 1990 Hale met Sam Reed, who was elected mayor of Leeds in 1992."},
			nil, nil, nil},
		{"a joint subject includes the person",
			[]string{"Ann Lee (1950–2010) was a Welsh politician.", "In 1975 Lee and her husband moved to Cardiff."},
			nil, []string{"moved 1975 "}, nil},
		{"a couple includes the person",
			[]string{"Ann Lee (1950–2010) was a Welsh politician.", "She met Tom Reed in 1968 and they married in 1970, and the couple moved to Leeds in 1972."},
			nil, []string{"married 1970 ", "moved 1972 "}, nil},
		{"the person's own verb after a conjunction",
			[]string{"Tom Hale (1940–2001) was an English trade unionist.", "He joined the Dyers Union in 1956 and left the union in 1960."},
			[]string{"member | Dyers Union | 1956–1960"}, []string{"joined 1956 Dyers Union", "left 1960 Dyers Union"}, nil},
	})
}

// TestFailedAssassination covers an assassination attempt, which the person survived.
func TestFailedAssassination(t *testing.T) {
	runPrecision(t, []precisionCase{
		{"an attempt",
			[]string{"Tom Hale (1940–2001) was an English politician.", "In 1976 Hale survived an assassination attempt in his home."},
			nil, nil, nil},
		{"an assassination",
			[]string{"Tom Hale (1840–1901) was an American politician.", "Hale served as governor of Ohio from 1890 until his assassination in May 1901."},
			[]string{"governor | Ohio | 1890–1901-05"}, []string{"assassinated 1901-05 "}, nil},
	})
}

// TestObjectPronounIsNoRole checks that the person as the object of an appointment is not part of
// the role.
func TestObjectPronounIsNoRole(t *testing.T) {
	runPrecision(t, []precisionCase{
		{"appointed him",
			[]string{"Tom Hale (1930–2010) was an American lawyer.", "President Ames appointed him vice chairman of the Harbour Commission, which planned a port."},
			[]string{"vice chairman | Harbour Commission | –"}, []string{"appointed  Harbour Commission"}, nil},
	})
}
