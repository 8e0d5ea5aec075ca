package prose_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/vita-project/vita/model"
)

// TestStartFromSentenceBefore covers positions stated without a date right after a sentence that
// dates the event leading into them, and the dates of the sentence before that must not be carried
// over. Made-up people and bodies throughout.
func TestStartFromSentenceBefore(t *testing.T) {
	tests := []struct {
		name       string
		paragraphs []string
		want       []string
	}{
		// carried over
		{"served in the body just enlisted in",
			[]string{"Tom Reed (1930–2001) was an English sailor.",
				"When the war in Aden broke out in 1955, however, he enlisted in the Royal Navy. Reed served in Malta as a signals officer, decoding convoy orders."},
			[]string{"signals officer | Royal Navy | 1955–"}},
		{"worked in the body just joined",
			[]string{"Ann Fox (born 1948) is a Scottish journalist.",
				"Fox joined the Evening Herald in 1970. She worked as a reporter, covering the courts."},
			[]string{"member | Evening Herald | 1970–", "reporter | Evening Herald | 1970–"}},
		{"appointed in a part of the body merged into",
			[]string{"Jim Hart (1930–2010) was an English trade unionist.",
				"In 1960, Hart was elected as treasurer of the Weavers' Union (WU), but the WU decided to merge into the General Textile Union (GTU) in 1975. He was appointed as secretary of the GTU's new weaving group."},
			[]string{"treasurer | Weavers' Union | 1960–", "secretary | General Textile Union / new weaving group | 1975–"}},
		{"became an officer of the body merged into",
			[]string{"Jim Hart (1930–2010) was an English trade unionist.",
				"Hart joined the Weavers' Union (WU) in 1950. In 1975 the WU merged into the Federation of Textile Workers. He became a regional organiser for the federation."},
			[]string{"member | Weavers' Union | 1950–", "regional organiser | Federation of Textile Workers | 1975–"}},

		// not carried over
		{"an appointment to another body the sentence before",
			[]string{"Eve Park (born 1935) is an American lawyer.",
				"President Ames appointed her to the Water Commission (1979). President Bale appointed her vice chairman of the Forest Commission, which planned new parks."},
			[]string{"member | Water Commission | 1979–", "vice chairman | Forest Commission | –"}},
		{"the year in the name of a law",
			[]string{"Sam Cole (1920–1990) was an American lawyer.",
				"Cole served as counsel to the Rivers Committee (1950–1955). He helped draft the Clean Rivers Act of 1957. He served as general counsel to the Rivers Committee."},
			[]string{"counsel | Rivers Committee | 1950–1955", "general counsel | Rivers Committee | –"}},
		{"another body in the same sentence as the carried date",
			[]string{"Jim Hart (1930–2010) was an English trade unionist.",
				"Hart joined the Weavers' Union (WU) in 1950. In 1975 the WU merged into the Federation of Textile Workers. He was appointed as an organiser for the federation, and was also elected to the General Council of the Workers' Congress."},
			[]string{"member | Weavers' Union | 1950–", "organiser | Federation of Textile Workers | 1975–", "member | Workers' Congress / General Council | –"}},
		{"an election in a part of a body joined before",
			[]string{"Kim Lund (born 1944) is a Danish activist.",
				"Lund joined the Green Party in 1970. She was elected to the Green Party's Executive Board, where she chaired debates."},
			[]string{"member | Green Party | 1970–", "member | Green Party / Executive Board | –"}},
		{"an office served in a body elected to before",
			[]string{"Kim Lund (born 1944) is a Danish activist.",
				"Lund was elected to the Harbour Council in 1990. She served as its treasurer."},
			[]string{"member | Harbour Council | 1990–", "treasurer | Harbour Council | –"}},
		{"an appointment in a body joined before",
			[]string{"Kim Lund (born 1944) is a Danish activist.",
				"Lund joined the Green Party in 1970. She was appointed as its secretary."},
			[]string{"member | Green Party | 1970–", "secretary | Green Party | –"}},
		{"the sentence before is in another paragraph",
			[]string{"Tom Reed (1930–2001) was an English sailor.",
				"In 1955 he enlisted in the Royal Navy.",
				"Reed served in Malta as a signals officer in the Royal Navy, decoding convoy orders."},
			[]string{"signals officer | Royal Navy | –"}},
		{"the entry is two sentences back",
			[]string{"Tom Reed (1930–2001) was an English sailor.",
				"In 1955 he enlisted in the Royal Navy. He trained in Kent. He served as a signals officer in the navy."},
			[]string{"signals officer | Royal Navy | –"}},
		{"a clause that places itself later",
			[]string{"Tom Reed (1930–2001) was an English sailor.",
				"In 1955 he enlisted in the Royal Navy. He later served as a signals officer in the navy."},
			[]string{"signals officer | Royal Navy | –"}},
		{"someone else's entry",
			[]string{"Tom Reed (1930–2001) was an English sailor.",
				"His brother enlisted in the Royal Navy in 1955. Reed served as a signals officer in the Royal Navy."},
			[]string{"signals officer | Royal Navy | –"}},
		{"a merger of a body the person was not in",
			[]string{"Jim Hart (1930–2010) was an English trade unionist.",
				"The Dock Union merged into the Federation of Transport Workers in 1975. Hart was appointed as an organiser for the federation."},
			[]string{"organiser | Federation of Transport Workers | –"}},
		{"a merger of another body than the person's",
			[]string{"Jim Hart (1930–2010) was an English trade unionist.",
				"Hart joined the Weavers' Union (WU) in 1950. He stayed in the WU after the Dock Union merged into the Federation of Transport Workers in 1975. He was appointed as an organiser for the federation."},
			[]string{"member | Weavers' Union | 1950–", "organiser | Federation of Transport Workers | –"}},
		{"the sentence's own date wins",
			[]string{"Tom Reed (1930–2001) was an English sailor.",
				"In 1955 he enlisted in the Royal Navy. He served as a signals officer in the navy from 1957."},
			[]string{"signals officer | Royal Navy | 1957–"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := strings.Fields(tt.paragraphs[0])
			b := article(f[0]+" "+f[1], tt.paragraphs...)
			var got []string
			for _, p := range positions(b) {
				if !strings.HasPrefix(p, "member | Royal Navy") { // the enlistment's own reading
					got = append(got, p)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("positions\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestStartFromSentenceBeforeEvidence checks that a start carried over keeps both sentences as its
// evidence, the position's own first, and says where it came from.
func TestStartFromSentenceBeforeEvidence(t *testing.T) {
	b := article("Tom Reed", "Tom Reed (1930–2001) was an English sailor.",
		"In 1955 he enlisted in the Royal Navy. He served as a signals officer, decoding convoy orders.")
	var p *model.Position
	for k := range b.Positions {
		if b.Positions[k].Role == "signals officer" {
			p = &b.Positions[k]
		}
	}
	if p == nil {
		t.Fatalf("no signals officer in %q", positions(b))
	}
	want := []string{"He served as a signals officer, decoding convoy orders.", "In 1955 he enlisted in the Royal Navy."}
	if got := model.Sentences(p.Evidence); !reflect.DeepEqual(got, want) {
		t.Errorf("evidence\n got %q\nwant %q", got, want)
	}
	if p.Note != "start from the enlistment of 1955 that the sentence before states" {
		t.Errorf("note %q", p.Note)
	}
}

// TestElectionFromCampaignBefore covers an election stated without a date after a sentence that
// dates a successful campaign, and the campaigns whose dates it must not take. A date carried over
// keeps both sentences as evidence and says where it came from.
func TestElectionFromCampaignBefore(t *testing.T) {
	tests := []struct {
		name, text, want string
		carried          bool
	}{
		{"a successful campaign", "Her second campaign in 1990 was successful. She won election to the county assembly.", "elected 1990", true},
		{"a first campaign that succeeded", "Her first campaign in 1990 succeeded. She was elected to the county assembly.", "elected 1990", true},
		{"a campaign that failed", "Her first campaign in 1988 was not successful. She won election to the county assembly.", "elected ", false},
		{"a campaign of someone else's", "Her husband's campaign in 1988 was successful. She won election to the county assembly.", "elected ", false},
		{"a later election", "Her second campaign in 1990 was successful. She later won election to the county assembly.", "elected ", false},
		{"an election with its own date", "Her second campaign in 1990 was successful. She won election to the county assembly in 1994.", "elected 1994", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := article("Ann Lee", "Ann Lee (born 1950) is a Welsh politician.", tt.text)
			var got []string
			for _, e := range b.Events {
				if e.Kind != model.Elected {
					continue
				}
				got = append(got, string(e.Kind)+" "+e.Date.String())
				if carried := len(e.Evidence) == 2; carried != tt.carried {
					t.Errorf("evidence %q", model.Sentences(e.Evidence))
				}
				if note := "date from the campaign of 1990 that the sentence before states"; (e.Note == note) != tt.carried {
					t.Errorf("note %q", e.Note)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("elections %q, want [%q]", got, tt.want)
			}
		})
	}
}
