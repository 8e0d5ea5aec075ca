package csv_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"github.com/vita-project/vita/exporters/csv"
	"github.com/vita-project/vita/model"
)

func ExampleWrite() {
	b := &model.Biography{ID: "ada", Name: "Ada",
		Organizations: []model.Organization{{ID: "rs", Name: "Royal Society"}},
		Positions: []model.Position{{Role: "fellow", Organization: "rs", Start: model.YearOf(1981), End: model.MonthOf(1994, 5),
			Evidence: []model.Evidence{{Sentence: "She was a fellow from 1981 to May 1994."}}}},
		Events: []model.Event{{Date: model.YearOf(1981), Kind: model.Elected, Organization: "rs", Text: "=elected"}},
	}
	var buf bytes.Buffer
	if err := csv.Write(&buf, b, csv.Options{}); err != nil {
		log.Fatal(err)
	}
	// Lines end in CRLF, as RFC 4180 has them; shown here with plain line ends.
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n"))
	// Output:
	// record,role,organisation,parent_organisation,qualifier,start,end,ongoing,years_in_post,start_year,end_year,date,year,kind,description,evidence
	// position,fellow,Royal Society,,,1981,1994-05,false,13,1981,1994,,,,,She was a fellow from 1981 to May 1994.
	// event,,Royal Society,,,,,,,,,1981,1981,elected,'=elected,
}
