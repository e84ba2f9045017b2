package de.lokalwillkommen.finder;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StreetRepository extends JpaRepository<Street, Long> {

    @Query("select s from Street s where s.nameKey like concat('%', :key, '%') order by s.name, s.postcode")
    List<Street> search(@Param("key") String key, Limit limit);

    @Query("""
            select distinct new de.lokalwillkommen.finder.PostcodeDistrict$Key(s.postcode, s.districtId)
            from Street s where s.postcode like concat(:prefix, '%')""")
    List<PostcodeDistrict.Key> postcodesStartingWith(@Param("prefix") String prefix);

    @Modifying
    @Query("delete from Street")
    void deleteAllInBulk();
}

interface PostcodeDistrictRepository extends JpaRepository<PostcodeDistrict, PostcodeDistrict.Key> {

    List<PostcodeDistrict> findByPostcodeStartingWithOrderByPostcode(String prefix);
}
