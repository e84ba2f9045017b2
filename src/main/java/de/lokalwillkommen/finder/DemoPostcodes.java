package de.lokalwillkommen.finder;

import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads Dortmund's postcode table ({@code finder/dortmund-postcodes.csv}) once, after the demo districts. */
@Component
@Profile("demo")
@Order(2)
class DemoPostcodes implements ApplicationRunner {

    static final String FILE = "finder/dortmund-postcodes.csv";

    private final PostcodeDistrictRepository postcodes;
    private final OfficeService offices;

    DemoPostcodes(PostcodeDistrictRepository postcodes, OfficeService offices) {
        this.postcodes = postcodes;
        this.offices = offices;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (postcodes.count() > 0) {
            return;
        }
        Map<String, DistrictRef> districts = offices.listDistricts().stream()
                .collect(Collectors.toMap(DistrictRef::name, Function.identity()));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
                .setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                DistrictRef district = districts.get(row.get("district"));
                if (district != null) {
                    postcodes.save(new PostcodeDistrict(row.get("postcode"), district.id()));
                }
            }
        }
    }
}
