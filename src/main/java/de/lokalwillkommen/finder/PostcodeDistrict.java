package de.lokalwillkommen.finder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That a postcode (or a part of it) lies in a district. A postcode may have several rows. */
@Entity
@Table(name = "postcode_district")
@IdClass(PostcodeDistrict.Key.class)
class PostcodeDistrict {

    record Key(String postcode, long districtId) implements Serializable {
        Key() {
            this("", 0);
        }
    }

    @Id
    @Column(nullable = false)
    private String postcode;

    @Id
    @Column(name = "district_id", nullable = false)
    private long districtId;

    protected PostcodeDistrict() {
    }

    PostcodeDistrict(String postcode, long districtId) {
        this.postcode = postcode;
        this.districtId = districtId;
    }

    String getPostcode() {
        return postcode;
    }

    long getDistrictId() {
        return districtId;
    }
}
