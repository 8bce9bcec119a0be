package jp.vaccinationoffice.simulators.vrs;

import java.util.List;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Dose;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Holder;

/** A person in one municipality's VRS partition. */
record VrsPerson(MyNumber myNumber, Holder holder, List<Dose> doses) {}
